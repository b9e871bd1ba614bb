"""Golden test: every figure in the two seed articles, with its kind, value and interval."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from checker.model import Claim

INF = None
# (text, kind, value, low, high, low_closed, high_closed, unit, qualifier)
REPORT_1 = [
    ("trebling", "multiplier", 3, F(5, 2), F(7, 2), True, False, "times", "exact"),
    ("since 2017", "period", None, None, None, False, False, None, "exact"),
    ("more than 5,100", "count", 5100, 5100, 5200, False, False, None, "more_than"),
    ("between April 2017 and September 2018", "period", None, None, None, False, False, None, "exact"),
    ("39 of the 43", "ratio", F(39, 43), F(39, 43), F(39, 43), True, True, "ratio", "exact"),
    ("18 months", "duration", 18, 18, 18, True, True, "month", "exact"),
    ("70 percent", "percent", 70, F(139, 2), F(141, 2), True, False, "percent", "exact"),
    ("33 percent", "percent", 33, F(65, 2), F(67, 2), True, False, "percent", "exact"),
    ("rising from 126 in 2017 to 428", "change", 302, 302, 302, True, True, None, "exact"),
    ("126", "count", 126, 126, 126, True, True, None, "exact"),
    ("428", "count", 428, 428, 428, True, True, None, "exact"),
    ("September last year", "date", None, None, None, False, False, None, "exact"),
    ("aged between 12-15", "range", F(27, 2), 12, 15, True, True, "year", "exact"),
    ("around one in five", "ratio", F(1, 5), F(9, 50), F(11, 50), True, True, "ratio", "approx"),
    ("11-years-old or younger", "age", 11, INF, 11, False, True, "year", "at_most"),
    ("10 years", "duration", 10, 10, 10, True, True, "year", "exact"),
]
REPORT_2 = [
    ("1,944", "count", 1944, 1944, 1944, True, True, None, "exact"),
    ("in the six months to September 2018", "period", None, None, None, False, False, None, "exact"),
    ("six months", "duration", 6, 6, 6, True, True, "month", "exact"),
    ("32%", "percent", 32, F(63, 2), F(65, 2), True, False, "percent", "exact"),
    ("1,317", "count", 1317, 1317, 1317, True, True, None, "exact"),
    ("23%", "percent", 23, F(45, 2), F(47, 2), True, False, "percent", "exact"),
    ("14%", "percent", 14, F(27, 2), F(29, 2), True, False, "percent", "exact"),
    ("April 2017", "date", None, None, None, False, False, None, "exact"),
    ("18 months", "duration", 18, 18, 18, True, True, "month", "exact"),
    ("more than 5,000", "count", 5000, 5000, 6000, False, False, None, "more_than"),
    ("seven out of 10", "ratio", F(7, 10), F(13, 20), F(3, 4), True, False, "ratio", "exact"),
    ("aged 12 to 15", "range", F(27, 2), 12, 15, True, True, "year", "exact"),
    ("One in five", "ratio", F(1, 5), F(2, 11), F(2, 9), False, True, "ratio", "exact"),
    ("aged 11 or under", "age", 11, INF, 11, False, True, "year", "at_most"),
    ("five years old", "age", 5, 5, 5, True, True, "year", "exact"),
    ("39 of the 43", "ratio", F(39, 43), F(39, 43), F(39, 43), True, True, "ratio", "exact"),
    ("24-year-old", "age", 24, 24, 24, True, True, "year", "exact"),
    ("10 years", "duration", 10, 10, 10, True, True, "year", "exact"),
    ("£250,000", "money", 250000, 245000, 255000, True, False, "GBP", "exact"),
]


def _find(claims: list[Claim], text: str, kind: str) -> Claim:
    found = [c for c in claims if c.text == text and c.kind == kind]
    assert found, f"no {kind} claim {text!r} among {[(c.kind, c.text) for c in claims]}"
    return found[0]


@pytest.mark.parametrize(("name", "expected"), [("report-1.txt", REPORT_1), ("report-2.txt", REPORT_2)])
def test_every_seed_figure(seed_claims: dict[str, list[Claim]], name: str, expected: list[tuple]) -> None:
    claims = seed_claims[name]
    for text, kind, value, low, high, low_closed, high_closed, unit, qualifier in expected:
        c = _find(claims, text, kind)
        got = (c.value, c.low, c.high, c.unit, c.qualifier)
        assert got == (value, low, high, unit, qualifier), text
        if low is not None:
            assert c.interval.low_closed == low_closed, text
        if high is not None:
            assert c.interval.high_closed == high_closed, text


def test_seed_periods_resolve(seed_claims: dict[str, list[Claim]]) -> None:
    c = _find(seed_claims["report-2.txt"], "in the six months to September 2018", "period")
    assert dict(c.details) == {"first": __import__("datetime").date(2018, 4, 1), "last": __import__("datetime").date(2018, 9, 30)}
    unresolved = _find(seed_claims["report-1.txt"], "September last year", "date")
    assert dict(unresolved.details) == {"month": 9}  # no publication date: the year not guessed


def test_seed_context(seed_claims: dict[str, list[Claim]]) -> None:
    total = _find(seed_claims["report-1.txt"], "more than 5,100", "count")
    assert total.subject == "reports of sexual communication with a child online"
    assert total.period is not None and total.period.text == "between April 2017 and September 2018"
    assert total.place == "England and Wales"
    share = _find(seed_claims["report-1.txt"], "33 percent", "percent")
    assert "Instagram" in share.entities and share.subject == "grooming activities"
    incidents = _find(seed_claims["report-2.txt"], "1,944", "count")
    assert incidents.period is not None and incidents.period.text == "in the six months to September 2018"


def test_no_year_is_a_count(seed_claims: dict[str, list[Claim]]) -> None:
    for claims in seed_claims.values():
        assert not [c for c in claims if c.kind == "count" and c.text in {"2017", "2018", "2019"}]
