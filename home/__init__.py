"""Home page, standard pages, site settings, link banners, site map, robots."""
