"""The false-positive corpus: what leaders write that is not a personal identity number.

Phone numbers, dates, times, order, invoice and case numbers, organisation numbers, bank
details, postcodes and addresses, room and bed numbers and budget figures, in the
spellings Swedish and Danish offices use, each inside a sentence. Generated from a fixed
seed, 10,000 per category; ``python -m tests.data.identity_numbers.corpus`` prints the
rates the README quotes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

PER_CATEGORY = 10_000
SEED = 20261130

Maker = Callable[[random.Random], str]


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _se_phone(r: random.Random) -> str:
    mobile = f"07{r.choice('02369')}"
    rest = _d(r, 7)
    area = r.choice(["08", "031", "040", "018", "090", "0611", "046"])
    local = _d(r, 8 - len(area) + 1)
    return r.choice(
        [
            f"{mobile}-{rest[:3]} {rest[3:5]} {rest[5:]}",
            f"{mobile} {rest[:3]} {rest[3:5]} {rest[5:]}",
            f"{mobile}-{rest}",
            f"{mobile}{rest}",
            f"+46 {mobile[1:]} {rest[:3]} {rest[3:5]} {rest[5:]}",
            f"+46{mobile[1:]}{rest}",
            f"0046{mobile[1:]}{rest}",
            f"{area}-{local[:3]} {local[3:5]} {local[5:]}",
            f"{area}-{local}",
            f"{area}{local}",
        ]
    )


def _dk_phone(r: random.Random) -> str:
    n = r.choice("2345678") + _d(r, 7)
    return r.choice(
        [
            f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            n,
            f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"+45{n}",
            f"0045 {n}",
            f"{n[:4]} {n[4:]}",
        ]
    )


def _date(r: random.Random) -> str:
    y, m, d = r.randint(1990, 2030), r.randint(1, 12), r.randint(1, 28)
    yy = y % 100
    return r.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{yy:02d}",
            f"{d}/{m} {y}",
            f"{d}/{m}-{yy:02d}",
            f"{d:02d}-{m:02d}-{y}",
            f"{y}{m:02d}{d:02d}",
            f"{yy:02d}{m:02d}{d:02d}",
            f"{m}/{d}/{y}",
            f"{d} {r.choice(['mars', 'maj', 'oktober', 'december'])} {y}",
            f"{y}-{m:02d}-{d:02d} {r.randint(7, 18):02d}:{r.choice(['00', '15', '30'])}",
            f"{d:02d}.{m:02d}.{y} kl. {r.randint(7, 18):02d}.{r.choice(['00', '15', '30'])}",
        ]
    )


def _time(r: random.Random) -> str:
    a, b = r.randint(6, 20), r.randint(0, 59)
    c = r.randint(6, 21)
    return r.choice(
        [
            f"{a:02d}:{b:02d}",
            f"kl. {a}.{b:02d}",
            f"{a:02d}.{b:02d}–{c:02d}.{b:02d}",
            f"{a:02d}{b:02d}-{c:02d}{b:02d}",
            f"{a}-{c}",
        ]
    )


def _order(r: random.Random) -> str:
    y = r.randint(2018, 2027)
    return r.choice(
        [
            f"ordernr {r.choice('45')}{_d(r, 9)}",
            f"Faktura nr {y}-{_d(r, 5)}",
            f"fakturanummer {_d(r, 8)}",
            f"Dnr {y}-{_d(r, 5)}",
            f"dnr RS {y}/{_d(r, 3)}",
            f"sagsnr. {y}-{_d(r, 6)}",
            f"j.nr. {y}-{_d(r, 4)}-{_d(r, 2)}",
            f"OCR {_d(r, 14)}",
            f"beställning {_d(r, 7)}",
            f"ordre {_d(r, 6)}-{_d(r, 2)}",
            f"ärende {_d(r, 5)}-{_d(r, 3)}",
        ]
    )


def _organisation(r: random.Random) -> str:
    se = r.choice("25789") + _d(r, 1) + r.choice("23456789") + _d(r, 3)
    return r.choice(
        [
            f"org.nr {se}-{_d(r, 4)}",
            f"organisationsnummer {se}{_d(r, 4)}",
            f"CVR {_d(r, 8)}",
            f"CVR-nr. {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            f"EAN {_d(r, 13)}",
            f"HSA-id SE{_d(r, 10)}-{_d(r, 4)}",
            f"P-nr. {_d(r, 10)}",  # a Danish production unit number: 10 digits
        ]
    )


def _bank(r: random.Random) -> str:
    return r.choice(
        [
            f"SE{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
            f"SE{_d(r, 22)}",
            f"DK{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
            f"DK{_d(r, 16)}",
            f"bankgiro {_d(r, 3)}-{_d(r, 4)}",
            f"plusgiro {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}-{_d(r, 1)}",
            f"clearing {_d(r, 4)}-{_d(r, 1)}, konto {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}-{_d(r, 1)}",
            f"reg.nr. {_d(r, 4)} kontonr. {_d(r, 10)}",
        ]
    )


def _address(r: random.Random) -> str:
    street = r.choice(["Storgatan", "Vasagatan", "Nørrebrogade", "Hospitalsvej", "Sjukhusvägen"])
    return r.choice(
        [
            f"{street} {r.randint(1, 199)}, {_d(r, 3)} {_d(r, 2)} Göteborg",
            f"SE-{_d(r, 3)} {_d(r, 2)} Umeå",
            f"{r.randint(1000, 9990)} København {r.choice(['Ø', 'N', 'S', 'V'])}",
            f"{street} {r.randint(1, 199)}{r.choice('ABC')}, {r.randint(1, 5)}. tv, "
            f"{r.randint(1000, 9990)} Aarhus C",
            f"DK-{r.randint(1000, 9990)} Odense",
            f"box {r.randint(1, 9999)}, {_d(r, 3)} {_d(r, 2)} Stockholm",
        ]
    )


def _ward(r: random.Random) -> str:
    return r.choice(
        [
            f"avd {r.randint(1, 99)} sal {r.randint(1, 12)} säng {r.randint(1, 30)}",
            f"afsnit {r.randint(100, 999)}, stue {r.randint(1, 30)} seng {r.randint(1, 4)}",
            f"rum {_d(r, 4)}",
            f"lokal {r.choice('ABCDE')}{_d(r, 4)}",
            f"rum {r.randint(1, 9)}-{_d(r, 3)}",
            f"bygning {r.randint(1, 20)}, {r.randint(1, 6)}. sal, lokale {_d(r, 3)}",
        ]
    )


def _budget(r: random.Random) -> str:
    n = r.randint(1_000, 9_999_999_999)
    spaced = f"{n:,}".replace(",", " ")
    dotted = f"{n:,}".replace(",", ".")
    return r.choice(
        [
            f"{spaced} kr",
            f"{dotted} kr.",
            f"{spaced} SEK",
            f"kr {spaced},{_d(r, 2)}",
            f"{dotted},00 DKK",
            f"{n} kr",
            f"{r.randint(1, 99)},{r.randint(1, 9)} mnkr",
            f"{spaced}:-",
            f"budget {r.randint(2020, 2027)}: {spaced} kr, utfall {spaced} kr",
        ]
    )


CATEGORIES: dict[str, Maker] = {
    "Swedish phone numbers": _se_phone,
    "Danish phone numbers": _dk_phone,
    "dates (and with times)": _date,
    "times": _time,
    "order, invoice and case numbers": _order,
    "organisation numbers (SE, DK), EAN, HSA": _organisation,
    "IBANs, bank and giro accounts": _bank,
    "postcodes and street addresses": _address,
    "wards, rooms and beds": _ward,
    "budget figures": _budget,
}
FRAMES = [
    "Vi bokade in {} för uppföljningen.",
    "Ring {} om något ändras.",
    "Jeg skrev {} i referatet.",
    "Se {} i protokollet.",
    "{}",
    "Enhetschefen nämnde {} på mötet med ledningsgruppen.",
    "Noteret: {}.",
]


def corpus(category: str) -> Iterator[str]:
    """PER_CATEGORY sentences of one category, the same every time."""
    r = random.Random(f"{SEED}-{category}")
    make = CATEGORIES[category]
    for _ in range(PER_CATEGORY):
        yield r.choice(FRAMES).format(make(r))


KEYWORD_FRAME = "Patienten på avdelningen: {}."  # "patient" nearby raises LOW to MEDIUM


def rates() -> dict[str, tuple[int, int, int]]:
    """Per category: strings with a shown hit (medium or high), with any hit at all, and
    with a shown hit when the sentence also says "patient"."""
    from journal.identity_numbers import find_identity_numbers

    out: dict[str, tuple[int, int, int]] = {}
    for category in CATEGORIES:
        shown = found = near_keyword = 0
        for text in corpus(category):
            hits = find_identity_numbers(text, shown_only=False)
            found += bool(hits)
            shown += any(hit.confidence >= 2 for hit in hits)
            near_keyword += bool(find_identity_numbers(KEYWORD_FRAME.format(text)))
        out[category] = (shown, found, near_keyword)
    return out


if __name__ == "__main__":
    print(
        "| what leaders write (10,000 each) | shown | found, low included "
        '| shown when "patient" is near |'
    )
    print("|---|---|---|---|")
    for category, (shown, found, near) in rates().items():
        print(f"| {category} | {shown} | {found} | {near} |")
