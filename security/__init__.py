"""Security of the portal: admin login limits, optional two-factor login,
response headers, upload limits and the production guards."""
