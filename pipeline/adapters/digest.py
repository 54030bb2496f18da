"""The generic digest adapter: one instance per site profile, plus the generic one that claims
what nothing more specific does. How a digest page is read is :mod:`pipeline.adapters.digest_reader`
(compiled by mypyc, see :mod:`pipeline.native`; this class stays plain Python, so adapters subclass
an ordinary class).
"""

from __future__ import annotations

from pipeline.adapters import digest_reader
from pipeline.adapters.base import Adapter
from pipeline.blocks import Page
from pipeline.models import PageRecord
from pipeline.profiles import GENERIC, Profile


class DigestAdapter(Adapter):
    def __init__(self, profile: Profile = GENERIC) -> None:
        self.profile = profile
        self.name = profile.name  # type: ignore[misc]
        self.version = profile.version  # type: ignore[misc]
        # a site profile's signature is surer than the generic reader's skim
        self.ceiling = 0.3 if profile.is_generic else 0.75  # type: ignore[misc]

    def claims(self, page: Page) -> float:
        return self.ceiling if digest_reader.claims(page, self.profile) else 0.0

    def extract(self, page: Page) -> list[PageRecord]:  # type: ignore[override]
        return digest_reader.read(page, self.profile, adapter=(self.name, self.version))
