from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def tag_url(context, index, tag):
    """URL of the listing of ``tag`` under the news index ``index``."""
    return index.tag_url(tag, context.get("request"))


@register.simple_tag(takes_context=True)
def rss_url(context, index):
    return index.rss_url(context.get("request"))
