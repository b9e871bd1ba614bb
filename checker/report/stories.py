"""Stories for people (one block per story) and as JSON: which articles are one story, and why."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from checker.stories import Story

SCHEMA_VERSION = 1


def _why(story: Story) -> str:
    if story.how == "shared features":
        return "shares " + ", ".join(story.why) if story.why else "worded alike"
    if story.how == "story field":
        return "story field"
    return "one story (--one-story)" if story.how == "one story" else "shares too little with any other article"


def render_table(stories: Sequence[Story], out: TextIO) -> None:
    """Each story: its id, its size and why, then its articles; a summary line."""
    for story in stories:
        n = len(story.sources)
        out.write(f"{story.id}: {n} article{'s' if n != 1 else ''}, {_why(story)}\n")
        for name in story.sources:
            out.write(f"  {name}\n")
    articles = sum(len(s.sources) for s in stories)
    out.write(f"{len(stories)} stor{'ies' if len(stories) != 1 else 'y'} in {articles} article{'s' if articles != 1 else ''}\n")


def render_json(stories: Sequence[Story], out: TextIO) -> None:
    """{"version": 1, "stories": [{"id", "sources", "how", "why"}, ...]}."""
    records = [{"id": s.id, "sources": list(s.sources), "how": s.how, "why": list(s.why)} for s in stories]
    json.dump({"version": SCHEMA_VERSION, "stories": records}, out, ensure_ascii=False, indent=1)
    out.write("\n")
