"""RSS feed of a news index (``<index>/rss/``)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

FEED_ITEMS = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.lead or self.index_page.title

    def items(self):
        return self.index_page.news()[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        import datetime

        from django.utils import timezone

        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))
