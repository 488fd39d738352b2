"""Django's Redis cache backend, keeping one ``redis.Redis`` client per connection pool.

Django's :class:`~django.core.cache.backends.redis.RedisCacheClient` builds a new
``redis.Redis`` object for every cache operation. With redis-py 8 that costs more than the
round trip itself (argument-deprecation checks, ~170 response callbacks, observability hooks).
A client only wraps its pool and is safe to share (every command borrows a pooled
connection), so this backend builds it once per pool. Everything else — keys, timeouts,
pickling, failover between servers — is Django's.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(
                    self._servers[index], **self._pool_options
                )
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class RedisCache(DjangoRedisCache):
    """Drop-in for ``django.core.cache.backends.redis.RedisCache`` (same LOCATION/OPTIONS)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
