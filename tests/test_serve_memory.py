"""A page worker reads a small store into memory (storeview.into_memory): the same quads, a
store too large is left on disk, and a build beside it is seen at the next opening while the
snapshot before it stays as it was."""

from __future__ import annotations

from pyoxigraph import NamedNode

from esfgraph.graph.build import build_graph
from esfgraph.graph.publish.render import Renderer
from esfgraph.graph.publish.source import open_source
from esfgraph.graph.publish.storeview import StoreView, into_memory
from esfgraph.graph.store import open_store

from .serving import store_without_one_record

BASE = "https://w3id.org/esfgraph/id/"


def _quads(store) -> set[str]:
    return {str(q) for q in store.quads_for_pattern(None, None, None, None)}


def test_a_store_within_the_limit_is_read_into_memory_whole(tmp_path, examples):
    store_without_one_record(tmp_path, examples)
    disk = open_store(tmp_path / "store", read_only=True)
    n = len(disk)
    memory = into_memory(disk, tmp_path / "store", n)
    assert memory is not disk and len(memory) == n and _quads(memory) == _quads(disk)
    assert into_memory(disk, tmp_path / "store", n - 1) is disk  # one quad too many: left on disk
    assert into_memory(disk, tmp_path / "store", 0) is disk  # never


def test_pages_from_memory_are_those_from_disk(tmp_path, examples):
    store_without_one_record(tmp_path, examples)
    spec = {"store": str(tmp_path / "store")}
    on_disk, in_memory = Renderer(open_source(spec)), Renderer(open_source({**spec, "memory_quads": 10**6}))
    assert len(in_memory.source.view.store) == len(on_disk.source.view.store)
    tasks = [("page", BASE + "project/24-903-S01", "sv"), ("page", BASE + "project/24-903-S01", "en"),
             ("data", BASE + "project/24-903-S01", "turtle"), ("data", BASE + "project/24-903-S01", "jsonld"),
             ("start", "kommun", "sv"), ("page", BASE + "project/24-926-S02", "sv")]
    for task in tasks:
        assert in_memory.run(task, told=1) == on_disk.run(task, told=1)
    assert in_memory.run(tasks[0], told=1)[0] == 200 and in_memory.run(tasks[-1], told=1)[0] == 404


def test_a_build_beside_the_view_is_seen_at_its_next_opening(tmp_path, examples):
    src, later, held = store_without_one_record(tmp_path, examples)
    view = StoreView(tmp_path / "store", memory_quads=10**6)
    before, generation = view.store, view.generation
    graph = NamedNode(BASE + "record/24-926-S02")
    assert not list(before.quads_for_pattern(None, None, None, graph))
    later.write_bytes(held)
    writer = open_store(tmp_path / "store")
    assert build_graph([str(src)], writer, report_path=tmp_path / "r.json").loaded == 1
    del writer
    after = view.fresh()
    assert view.generation == generation + 1 and after is not before
    assert list(after.quads_for_pattern(None, None, None, graph))
    assert not list(before.quads_for_pattern(None, None, None, graph))  # a snapshot: unchanged


def test_a_view_that_looks_seldom_still_sees_a_build_at_the_first_look_after_it(tmp_path, examples):
    """A view that looks at the files at most once a minute (the server's event loop: 5 ms) looks
    at every call once it saw them change under a build's writer lock: the first call after the
    build opens the store again."""
    from esfgraph.graph.store import writing
    src, later, held = store_without_one_record(tmp_path, examples)
    view = StoreView(tmp_path / "store", recheck=60.0)
    view._checked = 0.0  # its next call looks
    later.write_bytes(held)
    with writing(tmp_path / "store"):
        writer = open_store(tmp_path / "store")
        assert build_graph([str(src)], writer, report_path=tmp_path / "r.json").loaded == 1
        del writer
        generation = view.generation
        view.fresh()  # looks: the files changed, the build still holds the lock
        assert view.generation == generation
    view.fresh()  # not a minute later, but the build has ended: opened again
    assert view.generation == generation + 1
    graph = NamedNode(BASE + "record/24-926-S02")
    assert list(view.store.quads_for_pattern(None, None, None, graph))
    view.fresh()
    assert view.generation == generation + 1  # nothing changed since: no look, no opening
