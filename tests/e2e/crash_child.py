"""Child process for the kill test: random edits through the Store, each acknowledged.

Usage: python -m tests.e2e.crash_child DB BIJEENKOMST_ID SEED

Before each call it prints an `intent` line (the key and the value the edit will give it);
after the call returns it prints an `ack` line with the same key and value, and flushes.
The parent kills this process with SIGKILL at a random moment and then checks that every
acknowledged value is in the database (the one pending intent may or may not be).
"""

from __future__ import annotations

import json
import random
import sys
import uuid

from app.store import Store

WAARDEN = ("ieders-stem-telt", "transparantie", "zeggenschap", "het-goede-gesprek")
VRAAG = "dna-trots"
OPTIES = ("eens", "neutraal", "oneens")
STATUSSEN = ("open", "loopt", "gedaan", "gestopt")
WORDS = ("Één", "café", "groen", "plein", "jongeren", "überhaupt", "buurthuis", "verkeer")


def say(kind: str, key: list[str], value: object) -> None:
    sys.stdout.write(json.dumps({"op": kind, "key": key, "value": value}) + "\n")
    sys.stdout.flush()


def main(db: str, bijeenkomst_id: str, seed: int) -> None:
    rng = random.Random(seed)
    store = Store.open(db)
    inbreng = {
        i.id: {"tekst": i.tekst, "stippen": i.stippen, "verwijderd": i.verwijderd is not None}
        for i in store.inbreng(bijeenkomst_id, include_deleted=True)
    }
    afspraken = {a.id: {"wat": a.wat, "status": a.status} for a in store.afspraken(bijeenkomst_id)}
    n = 0
    while True:
        n += 1
        text = f"{' '.join(rng.choices(WORDS, k=3))} {seed}-{n}"
        op = rng.randrange(8)
        if op == 0 or not inbreng:
            new_id = str(uuid.uuid4())
            value = {"tekst": text, "stippen": 0, "verwijderd": False}
            say("intent", ["inbreng", new_id], value)
            store.add_inbreng(bijeenkomst_id, VRAAG, text, "idee", id=new_id)
            inbreng[new_id] = value
            say("ack", ["inbreng", new_id], value)
        elif op in (1, 2):
            target = rng.choice(sorted(inbreng))
            value = {**inbreng[target], "tekst": text, "stippen": rng.randrange(20)}
            say("intent", ["inbreng", target], value)
            store.update_inbreng(target, tekst=value["tekst"], stippen=value["stippen"])
            inbreng[target] = value
            say("ack", ["inbreng", target], value)
        elif op == 3:
            target = rng.choice(sorted(inbreng))
            value = {**inbreng[target], "verwijderd": not inbreng[target]["verwijderd"]}
            say("intent", ["inbreng", target], value)
            if value["verwijderd"]:
                store.delete_inbreng(target)
            else:
                store.restore_inbreng(target)
            inbreng[target] = value
            say("ack", ["inbreng", target], value)
        elif op == 4:
            waarde = rng.choice(WAARDEN)
            value = {"nu": rng.randint(1, 5), "doel": rng.randint(1, 5)}
            say("intent", ["kompas", waarde], value)
            store.set_kompas(bijeenkomst_id, waarde, nu=value["nu"], doel=value["doel"])
            say("ack", ["kompas", waarde], value)
        elif op == 5 or not afspraken:
            new_id = str(uuid.uuid4())
            value = {"wat": text, "status": "open"}
            say("intent", ["afspraak", new_id], value)
            store.add_afspraak(bijeenkomst_id, text, id=new_id)
            afspraken[new_id] = value
            say("ack", ["afspraak", new_id], value)
        elif op == 6:
            target = rng.choice(sorted(afspraken))
            value = {**afspraken[target], "status": rng.choice(STATUSSEN)}
            say("intent", ["afspraak", target], value)
            store.update_afspraak(target, status=value["status"])
            afspraken[target] = value
            say("ack", ["afspraak", target], value)
        else:
            optie = rng.choice(OPTIES)
            value = rng.randrange(60)
            say("intent", ["stemming", optie], value)
            store.set_stemming(bijeenkomst_id, VRAAG, optie, value)
            say("ack", ["stemming", optie], value)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
