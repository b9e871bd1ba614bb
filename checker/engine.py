"""Evaluate rule packs over the claims of every source: bind quantities, run checks, collect findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import time

import regex

from checker import kinds, units
from checker.findings import fingerprint, finding, stated
from checker.model import Claim, Finding, Location, Severity, Source
from checker.errors import RuleFileError
from checker.rules import REGEX_BUDGET, REGEX_SLOW, REGEX_TIMEOUT, Pack, Selector
from checker.tellings import agreed
from checker.units import restate

AMBIGUOUS = "crosscheck.ambiguous"
UNBOUND = "crosscheck.unbound"
INCOMPARABLE = "crosscheck.incomparable"
META_RULES = [
    (AMBIGUOUS, Severity.WARNING, "A quantity is told more than once in a source, differently"),
    (UNBOUND, Severity.WARNING, "A quantity matches no figure in any source"),
    (INCOMPARABLE, Severity.WARNING, "A quantity matches figures of different measures (currencies, shares and points) in different sources"),
]


@dataclass(slots=True)
class Binding:
    """What each quantity of a pack bound to, source by source, and what could not be bound."""

    bound: dict[str, list[Claim]] = field(default_factory=dict)  # one claim per source, in source order, in one unit
    incomparable: dict[str, list[Claim]] = field(default_factory=dict)  # bound claims of another measure than the rest
    candidates: dict[str, dict[str, list[Claim]]] = field(default_factory=dict)  # quantity -> source -> claims
    sources: list[str] = field(default_factory=list)


class Aliases:
    """Names that stand for each other ('NCA' = 'National Crime Agency'), compared case-insensitively."""

    def __init__(self, groups: Mapping[str, Iterable[str]] | None = None) -> None:
        self.canon: dict[str, str] = {}
        for name, others in (groups or {}).items():
            for alias in [name, *others]:
                self.canon[alias.lower()] = name.lower()

    def key(self, name: str) -> str:
        """The canonical lowercase form of a name."""
        return self.canon.get(name.lower(), name.lower())


def applies(pack: Pack, source: Source) -> bool:
    """Whether a pack's `sources: contains:` phrases are all in the article."""
    text = source.body.lower()
    return all(phrase.lower() in text for phrase in pack.contains)


def matches(selector: Selector, claim: Claim, aliases: Aliases, budget: RegexBudget | None = None) -> bool:
    """Whether a claim meets every condition of a selector."""
    if selector.kinds and claim.kind not in selector.kinds:
        return False
    if selector.units and claim.unit not in selector.units:
        return False
    if selector.qualifiers and claim.qualifier not in selector.qualifiers:
        return False
    if selector.subject and not any(p in (claim.subject or "").lower() for p in selector.subject):
        return False
    if selector.sentence and not any(p in claim.sentence.lower() for p in selector.sentence):
        return False
    if selector.about and {aliases.key(n) for n in selector.about} != {aliases.key(n) for n in claim.about}:
        return False
    if selector.entities and not _all_named(selector.entities, claim.entities, aliases):
        return False
    if selector.period and (claim.period is None or selector.period.lower() not in claim.period.text.lower()):
        return False
    if selector.place and (claim.place is None or aliases.key(selector.place) != aliases.key(claim.place)):
        return False
    return selector.text is None or regex_safe(selector.text, claim.text, budget)


def describe(selector: Selector) -> str:
    """A selector in words: what a claim must be to bind."""
    parts = []
    for label, value in (("kind", selector.kinds), ("unit", selector.units), ("subject has", selector.subject),
                         ("sentence has", selector.sentence), ("about", selector.about), ("names", selector.entities),
                         ("qualifier", selector.qualifiers)):
        if value:
            parts.append(f"{label} {' or '.join(value) if label in {'kind', 'unit', 'subject has', 'sentence has', 'qualifier'} else ' and '.join(value)}")
    for label, single in (("period has", selector.period), ("place", selector.place)):
        if single:
            parts.append(f"{label} {single}")
    if selector.text is not None:
        parts.append(f"words match /{selector.text.pattern}/")
    return "; ".join(parts)


def _all_named(wanted: tuple[str, ...], names: tuple[str, ...], aliases: Aliases) -> bool:
    have = {aliases.key(n) for n in names}
    return all(aliases.key(w) in have for w in wanted)


def bind(pack: Pack, sources: list[Source], claims: Mapping[str, list[Claim]], aliases: Aliases,
         budget: RegexBudget | None = None) -> Binding:
    """Find each quantity of the pack in each source the pack applies to (a RuleFileError once the regex budget is spent)."""
    budget = budget or RegexBudget()
    binding = Binding(sources=[s.name for s in sources if applies(pack, s)])
    for name, quantity in pack.quantities.items():
        per_source: dict[str, list[Claim]] = {}
        for source in binding.sources:
            try:
                found = [c for c in claims.get(source, []) if matches(quantity.selector, c, aliases, budget)]
            except BudgetSpent:
                raise RuleFileError(quantity.where, f"the rules' regular expressions ran past the run's budget of {budget.seconds:g} s "
                                                    "(simplify this one's 'text:')") from None
            per_source[source] = found
        binding.candidates[name] = per_source
        told = [one_telling(found) for found in per_source.values() if found]
        kept, other = restate.one_measure([one for one in told if one is not None])
        binding.bound[name] = restate.in_one_unit(kept)
        if other:
            binding.incomparable[name] = other
    return binding


def in_units(binding: Binding, name: str) -> list[str]:
    """How a quantity's figures are compared when they are stated in several units or measures, in words."""
    lines = []
    bound = binding.bound.get(name, [])
    if any(restate.stated(c) for c in bound):
        lines.append(f"compared in {bound[0].unit}: {'; '.join(stated(c) for c in bound)}")
    other = binding.incomparable.get(name, [])
    if other:
        lines.append(f"not compared, {units.describe(units.measure(bound[0]))} elsewhere: "
                     f"{'; '.join(stated(c) for c in other)}")
    return lines


def one_telling(found: list[Claim]) -> Claim | None:
    """The figure a source gives for a quantity: its one telling, or its tellings when they agree
    (a headline and its body both saying "£4.2m"); None when they do not."""
    if len(found) == 1:
        return found[0]
    kept, other = restate.one_measure(found)
    return None if other else agreed(restate.in_one_unit(kept))


def binding_findings(pack: Pack, binding: Binding) -> list[Finding]:
    """Selectors that bind more than one claim in a source, or nothing anywhere: reported, never guessed."""
    out = []
    for name, per_source in binding.candidates.items():
        for source, found in per_source.items():
            if len(found) > 1 and one_telling(found) is None:
                evidence = "; ".join(stated(c) for c in found) + ": no value fits them all"
                out.append(finding(AMBIGUOUS, Severity.WARNING,
                                   f"{pack.name}: quantity '{name}' is told {len(found)} times in {source}, differently, "
                                   "so it is not checked there", found, evidence))
        if binding.sources and not any(per_source.values()):
            out.append(_unbound(pack, name, len(binding.sources)))
        for claim in binding.incomparable.get(name, []):
            out.append(_incomparable(pack, name, claim, binding.bound[name][0]))
    return out


def _incomparable(pack: Pack, name: str, claim: Claim, kept: Claim) -> Finding:
    """A figure of another measure than the quantity's other figures: never compared with them."""
    message = (f"{pack.name}: quantity '{name}' is {units.describe(units.measure(claim))} in {claim.source} but "
               f"{units.describe(units.measure(kept))} elsewhere; figures of different measures are never compared, "
               "so it is not checked there")
    return finding(INCOMPARABLE, Severity.WARNING, message, [claim, kept], f"{stated(claim)}; {stated(kept)}")


def _unbound(pack: Pack, name: str, sources: int) -> Finding:
    """A quantity found in no source at all: its selector is probably wrong (the place is the rule file's)."""
    path, line, column = pack.quantities[name].where.rsplit(":", 2)
    where = Location(path, int(line), int(column), int(line), int(column) + len(name), name)
    message = f"{pack.name}: quantity '{name}' matches no figure in any of the {sources} sources"
    evidence = f"selector: {describe(pack.quantities[name].selector)}"
    return Finding(UNBOUND, Severity.WARNING, message, (where,), evidence, fingerprint(UNBOUND, [], extra=f"{pack.name}.{name}"))


def run(packs: list[Pack], sources: list[Source], claims: Mapping[str, list[Claim]],
        aliases: Aliases | None = None) -> list[Finding]:
    """Every finding of every pack's checks over the sources."""
    aliases = aliases or Aliases()
    out: list[Finding] = []
    budget = RegexBudget()
    for pack in packs:
        binding = bind(pack, sources, claims, aliases, budget)
        out.extend(binding_findings(pack, binding))
        for check in pack.checks:
            out.extend(kinds.get(check.kind).run(check, binding.bound))
    return out


def disabled(rule: str, prefixes: Iterable[str]) -> bool:
    """Whether a rule id is disabled by one of the (dotted) prefixes."""
    return any(_under(rule, prefix) for prefix in prefixes)


def severity_for(rule: str, default: Severity, overrides: Mapping[str, Severity]) -> Severity:
    """A rule's severity after the overrides, the most specific prefix winning."""
    override = max((p for p in overrides if _under(rule, p)), key=len, default=None)
    return default if override is None else overrides[override]


def select(findings: Iterable[Finding], disable: Iterable[str] = (), severities: Mapping[str, Severity] | None = None) -> list[Finding]:
    """Drop findings of disabled rule ids (by prefix) and apply severity overrides (most specific prefix wins)."""
    disable = tuple(disable)
    severities = dict(severities or {})
    out = []
    for f in findings:
        if disabled(f.rule, disable):
            continue
        severity = severity_for(f.rule, f.severity, severities)
        if severity != f.severity:
            f = type(f)(f.rule, severity, f.message, f.locations, f.evidence, f.fingerprint)
        out.append(f)
    return sorted(out)


def _under(rule: str, prefix: str) -> bool:
    return rule == prefix or rule.startswith(prefix.rstrip(".") + ".")


class BudgetSpent(Exception):
    """The run's rule regular expressions have taken their budget (REGEX_BUDGET)."""


class RegexBudget:
    """The seconds left to the slow searches (REGEX_SLOW or more each) of every rule regular expression of one run."""

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = REGEX_BUDGET if seconds is None else seconds
        self.left = self.seconds

    def spend(self, started: float) -> None:
        """Take the time since `started` off the budget when the search was slow; BudgetSpent once it is gone."""
        taken = time.perf_counter() - started
        self.left -= taken if taken >= REGEX_SLOW else 0
        if self.left <= 0:
            raise BudgetSpent


def regex_safe(pattern: regex.Pattern[str], text: str, budget: RegexBudget | None = None) -> bool:
    """A rule's regular expression searched with a timeout (a runaway pattern matches nothing), within the run's budget."""
    started = time.perf_counter()
    try:
        return pattern.search(text, timeout=REGEX_TIMEOUT if budget is None else min(REGEX_TIMEOUT, budget.left)) is not None
    except TimeoutError:
        return False
    finally:
        if budget is not None:
            budget.spend(started)
