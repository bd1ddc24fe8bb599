from django import template

from gallery.sidebar import latest_video, random_photos

register = template.Library()


@register.inclusion_tag("gallery/includes/sidebar_video.html", takes_context=True)
def sidebar_video(context):
    return {"video": latest_video(), "request": context.get("request")}


@register.inclusion_tag("gallery/includes/sidebar_photos.html", takes_context=True)
def sidebar_random_photos(context, count=4):
    return {"photos": random_photos(count), "request": context.get("request")}
