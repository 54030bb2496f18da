"""Site profiles: what the generic digest reader needs to know about one aggregator, as data.

A profile is one small TOML file; adding an aggregator needs no Python:

.. code-block:: toml

    name = "example_digest"          # recorded as the adapter of the pages it reads
    version = 1                      # bump when the profile's output changes
    [signature]                      # the profile claims a page when all of these hold
    lines = ['^Daily brief for ']    # regexes, each matching some block of the page
    labels = ["Bottom line"]         # section headings that must all be present
    [sections]                       # heading -> role: summary, key_points, implications,
    "Bottom line" = "summary"        #   related, metadata, translation or ignore
    [origins]                        # role -> origin of its texts (default machine_generated)
    key_points = "machine_generated"
    [dates]                          # metadata labels by meaning
    published = ["Story date"]
    captured = ["Seen"]
    [chrome]
    lines = ["Subscribe to the brief"]
    [meta]
    generator = "gpt-4o"             # the model the aggregator names, if it names one
    language = "en"                  # when the page never says

Profiles ship in ``pipeline/profiles/``; ``newsdigest ingest --profiles DIR`` adds a folder of
one's own. The built-in ``generic_digest`` profile (no signature) reads any digest page with the
shared vocabulary of ``lexicon.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from pipeline.normalize import fold, label_key

ROLES = frozenset({"summary", "key_points", "implications", "related", "metadata", "translation", "ignore"})
ORIGINS = frozenset({"original", "machine_generated", "machine_translation", "unknown"})


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Profile:
    name: str
    version: int = 1
    signature_lines: tuple[re.Pattern[str], ...] = ()
    signature_labels: tuple[str, ...] = ()
    sections: dict[str, str] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    published_labels: tuple[str, ...] = ()
    captured_labels: tuple[str, ...] = ()
    chrome_lines: tuple[str, ...] = ()
    generator: str | None = None
    language: str | None = None
    source: str = "built-in"

    @property
    def is_generic(self) -> bool:
        return not self.signature_lines and not self.signature_labels

    def origin(self, role: str) -> str:
        return self.origins.get(role, "machine_generated")

    # Readers match labels by folded text: each profile's labels are folded once, not per line.
    # (cached_property stores in the instance dict, which a frozen dataclass allows.)

    @cached_property
    def section_keys(self) -> frozenset[tuple[str, str]]:
        """(folded section heading, role) pairs, the first heading listed winning when two fold
        alike; a frozenset so that memoized readers can take it as an argument."""
        keys: dict[str, str] = {}
        for label, role in self.sections.items():
            keys.setdefault(label_key(label), role)
        return frozenset(keys.items())

    @cached_property
    def published_keys(self) -> frozenset[str]:
        return frozenset(label_key(label) for label in self.published_labels)

    @cached_property
    def captured_keys(self) -> frozenset[str]:
        return frozenset(label_key(label) for label in self.captured_labels)

    @cached_property
    def chrome_keys(self) -> frozenset[str]:
        return frozenset(fold(line) for line in self.chrome_lines)


GENERIC = Profile(name="generic_digest")


def parse_profile(data: dict, source: str) -> Profile:
    def fail(problem: str) -> ProfileError:
        return ProfileError(f"{source}: {problem}")

    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise fail("'name' must be a lower_snake_case string")
    signature = data.get("signature", {})
    try:
        lines = tuple(re.compile(p) for p in signature.get("lines", []))
    except re.error as exc:
        raise fail(f"bad signature regex: {exc}") from exc
    labels = tuple(signature.get("labels", []))
    if not lines and not labels:
        raise fail("a profile needs a [signature] with 'lines' or 'labels' (the generic reader has none)")
    sections = {str(k): str(v) for k, v in data.get("sections", {}).items()}
    if bad := sorted(set(sections.values()) - ROLES):
        raise fail(f"unknown section roles {bad}; use {sorted(ROLES)}")
    origins = {str(k): str(v) for k, v in data.get("origins", {}).items()}
    if bad := sorted(set(origins.values()) - ORIGINS):
        raise fail(f"unknown origins {bad}; use {sorted(ORIGINS)}")
    dates = data.get("dates", {})
    meta = data.get("meta", {})
    return Profile(
        name=name,
        version=int(data.get("version", 1)),
        signature_lines=lines,
        signature_labels=labels,
        sections=sections,
        origins=origins,
        published_labels=tuple(dates.get("published", [])),
        captured_labels=tuple(dates.get("captured", [])),
        chrome_lines=tuple(data.get("chrome", {}).get("lines", [])),
        generator=meta.get("generator"),
        language=meta.get("language"),
        source=source,
    )


def load_profiles(extra_dirs: tuple[Path, ...] = ()) -> list[Profile]:
    """The shipped profiles and those in ``extra_dirs``, sorted by name (a later folder's profile
    replaces a shipped one of the same name)."""
    found: dict[str, Profile] = {}
    shipped = resources.files("pipeline").joinpath("profiles")
    if shipped.is_dir():
        for entry in sorted(shipped.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".toml"):
                with entry.open("rb") as fh:
                    profile = parse_profile(tomllib.load(fh), f"pipeline/profiles/{entry.name}")
                found[profile.name] = profile
    for folder in extra_dirs:
        for path in sorted(Path(folder).glob("*.toml")):
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ProfileError(f"{path}: {exc}") from exc
            profile = parse_profile(data, str(path))
            found[profile.name] = profile
    return [found[name] for name in sorted(found)]
