#!/usr/bin/env python3
"""VendorScore external scorer: service centres in the purchasing province.

Speaks protocol 1 of docs/external-scorers.md: reads one JSON request on standard input and
writes one JSON object on standard output. Standard library only.

A bid lists the cities where it keeps service centres (fact `service_centres`, e.g.
`[济南, 青岛, 北京]`). Only centres in the province's cities (parameter `cities`) count, each city
once. The bid with the most such centres gets full points; the others get their share of it
(2 of the best 3 → 2/3 of the points). When no bid has one, every bid scores 0.

Points are exact fractions written as strings ("8/3"), never floats.
"""
import json
import sys
from fractions import Fraction

PROTOCOL = 1


def validate(request):
    params = request["parameters"]
    errors = []
    cities = params.get("cities")
    if not isinstance(cities, list) or not cities:
        errors.append({"parameter": "cities", "message": "expected a non-empty list of the province's cities, such as [济南, 青岛]"})
    else:
        seen = set()
        for index, city in enumerate(cities):
            if not isinstance(city, str) or not city.strip():
                errors.append({"parameter": f"cities[{index}]", "message": "expected a city name"})
            elif city in seen:
                errors.append({"parameter": f"cities[{index}]", "message": f"'{city}' is listed twice"})
            seen.add(city)
    fact = params.get("fact", "service_centres")
    if not isinstance(fact, str) or not fact or any(c.isspace() for c in fact):
        errors.append({"parameter": "fact", "message": "a fact name must be one word, such as service_centres"})
    if errors:
        return {"protocol": PROTOCOL, "errors": errors}
    return {"protocol": PROTOCOL, "facts": [{"name": fact, "kinds": ["list", "text"]}]}


def centres(bid, fact, cities):
    value = bid["facts"][fact]
    listed = value["value"] if value["kind"] == "list" else [value["value"]]
    # Each city once, in the province's order, so the reason reads the same for every order of the bid's list.
    held = set(listed)
    return [city for city in cities if city in held]


def score(request):
    params = request["parameters"]
    cities = params["cities"]
    fact = params.get("fact", "service_centres")
    maximum = Fraction(request["criterion"]["maximum"])
    local = {bid["vendor"]: centres(bid, fact, cities) for bid in request["bids"]}
    best = max(len(found) for found in local.values())
    awards = []
    for bid in request["bids"]:
        found = local[bid["vendor"]]
        if best == 0:
            points = Fraction(0)
            reason = "no bid has a service centre in the province"
        else:
            points = maximum * len(found) / best
            listed = f" ({', '.join(found)})" if found else ""
            reason = f"{len(found)} service centres in the province{listed}; most by any bid {best}: {len(found)}/{best} × {maximum}"
        awards.append({
            "vendor": bid["vendor"],
            "points": str(points),
            "reason": reason,
            "inputs": {"centres_in_province": found, "most_in_province": str(best)},
        })
    return {"protocol": PROTOCOL, "awards": awards}


def main():
    request = json.load(sys.stdin)
    if request.get("protocol") != PROTOCOL:
        print(f"service_centres.py speaks protocol {PROTOCOL}, got {request.get('protocol')!r}", file=sys.stderr)
        return 2
    kind = request.get("request")
    if kind == "validate":
        answer = validate(request)
    elif kind == "score":
        answer = score(request)
    else:
        print(f"unknown request {kind!r}", file=sys.stderr)
        return 2
    json.dump(answer, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
