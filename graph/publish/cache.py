"""The server's cache of rendered responses: the least recently used go first beyond a limit in
bytes, and a new generation of the source empties it (pool.py fills it)."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import NamedTuple

__all__ = ["ByteCache", "Rendered"]


class Rendered(NamedTuple):
    """A rendered response: status, media type, body and its entity tag."""

    status: int
    media: str
    body: bytes
    etag: str

    @classmethod
    def of(cls, generation: int, result: tuple[int, str, bytes]) -> Rendered:
        """A worker's (status, media type, body) with its entity tag: the generation and the body's hash."""
        status, media, body = result
        return cls(status, media, body, f'W/"{generation}-{hashlib.sha1(body).hexdigest()[:16]}"')


class ByteCache:
    """Least recently used entries, at most `limit` bytes of bodies; emptied when the
    generation changes."""

    def __init__(self, limit: int):
        self.limit, self.size, self.generation = limit, 0, None
        self._items: OrderedDict = OrderedDict()

    def get(self, generation: int, key):
        """The entry of the generation, or None."""
        if generation != self.generation:
            return None
        hit = self._items.get(key)
        if hit is not None:
            self._items.move_to_end(key)
        return hit

    def put(self, generation: int, key, value: Rendered) -> None:
        """Keep an entry (dropping the least recently used beyond the limit)."""
        if generation != self.generation:
            if self.generation is not None and generation < self.generation:
                return
            self._items.clear()
            self.size, self.generation = 0, generation
        old = self._items.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self._items[key] = value
        self.size += len(value.body)
        while self.size > self.limit and self._items:
            _, dropped = self._items.popitem(last=False)
            self.size -= len(dropped.body)
