-- A Wijkpraat database made with content 2026.1 and schema 2 (commit 3eeb31a):
-- the demo, and the wijk Selwerd with inbreng on every question of 2026.1.
BEGIN TRANSACTION;
CREATE TABLE afspraak (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    wat TEXT NOT NULL CHECK (length(trim(wat)) > 0),
    wie TEXT NOT NULL DEFAULT '',
    wanneer TEXT NOT NULL DEFAULT '',
    instrument_id TEXT,
    waarde_id TEXT,
    bouwsteen_id TEXT,
    witte_vlek_id TEXT REFERENCES witte_vlek(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'loopt', 'gedaan', 'gestopt')),
    follow_up_url TEXT,
    volgorde INTEGER NOT NULL DEFAULT 0,
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
INSERT INTO "afspraak" VALUES('82ed1175-9d1e-524e-b2a6-09c8dd705abb','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Een wijkpanel opzetten met ook huurders en jongeren','Bewonersorganisatie','voor 1 juni','wijkpanel','ieders-stem-telt',NULL,'7a10e929-cee1-5673-b2c8-ae1734e26241','loopt','https://stem.example.nl/rivierenbuurt/wijkpanel',1,'2026-12-01T22:43:25.636+00:00','2026-12-01T22:43:25.638+00:00');
INSERT INTO "afspraak" VALUES('e08e2997-575f-549e-ba34-65ddbc5a294a','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Elke maand een verslag in de wijkkrant','Redactie wijkkrant','vanaf mei','wijkkrant','transparantie',NULL,NULL,'gedaan',NULL,2,'2026-12-01T22:43:25.636+00:00','2026-12-01T22:43:25.638+00:00');
INSERT INTO "afspraak" VALUES('ee21c37e-c775-5b69-87b5-15e28c358851','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Gesprekstafels met een onafhankelijke gespreksleider','Gebiedsteam','september',NULL,'het-goede-gesprek',NULL,NULL,'open',NULL,3,'2026-12-01T22:43:25.637+00:00','2026-12-01T22:43:25.639+00:00');
INSERT INTO "afspraak" VALUES('fc19feb9-b3d6-5576-9cc8-3a19d54ff6d8','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Buurttuin op het oude schoolplein','Werkgroep groen','zomer',NULL,NULL,NULL,NULL,'gestopt',NULL,4,'2026-12-01T22:43:25.637+00:00','2026-12-01T22:43:25.639+00:00');
CREATE TABLE bijeenkomst (
    id TEXT PRIMARY KEY,
    gebied_id TEXT NOT NULL REFERENCES gebied(id) ON DELETE CASCADE,
    titel TEXT NOT NULL CHECK (length(trim(titel)) > 0),
    datum TEXT NOT NULL,
    locatie TEXT NOT NULL DEFAULT '',
    vorm TEXT NOT NULL DEFAULT 'tafel' CHECK (vorm IN ('kampvuur', 'projectie', 'tafel')),
    stap INTEGER NOT NULL DEFAULT 1 CHECK (stap BETWEEN 1 AND 3),
    archetype TEXT,
    follow_up_url TEXT,
    content_versie TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'bezig', 'afgesloten')),
    huidige_vraag TEXT,
    aantal_deelnemers INTEGER CHECK (aantal_deelnemers IS NULL OR aantal_deelnemers >= 0),
    notities TEXT NOT NULL DEFAULT '',
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
INSERT INTO "bijeenkomst" VALUES('278b75fe-ed9d-569a-9719-b2c921983bd3','4e01dbe7-5e13-556b-8e83-6372d5b1c0ef','Wat maakt de Rivierenbuurt eigen?','2026-03-12','Buurthuis De Rivier','kampvuur',1,'aanjagen-initieren','https://stem.example.nl/rivierenbuurt','2026.1','afgesloten',NULL,14,'','2026-12-01T22:43:25.632+00:00','2026-12-01T22:43:25.632+00:00');
INSERT INTO "bijeenkomst" VALUES('21780698-d1cf-5f5d-b4aa-507fe2f278c9','4e01dbe7-5e13-556b-8e83-6372d5b1c0ef','Afspraken over vergroening','2026-04-16','Buurthuis De Rivier','projectie',2,'aanjagen-initieren','https://stem.example.nl/rivierenbuurt/afspraken','2026.1','afgesloten',NULL,22,'','2026-12-01T22:43:25.635+00:00','2026-12-01T22:43:25.641+00:00');
INSERT INTO "bijeenkomst" VALUES('80a895a6-f75f-5bf4-a080-a108bba2774b','4e01dbe7-5e13-556b-8e83-6372d5b1c0ef','Half jaar later: hoe gaat het?','2026-10-08','Buurthuis De Rivier','tafel',3,'aanjagen-initieren','https://stem.example.nl/rivierenbuurt','2026.1','bezig',NULL,17,'','2026-12-01T22:43:25.638+00:00','2026-12-01T22:43:25.638+00:00');
INSERT INTO "bijeenkomst" VALUES('926865ee-07c4-54d2-a6a5-1f5de11ee2de','2fddf8be-c3a1-5aed-9f82-23b48847aa4e','Kampvuuravond: wie beslist in ons dorp?','2026-11-05','Dorpshuis','kampvuur',1,'verdelen-besluiten','https://stem.example.nl/noordlaren','2026.1','bezig',NULL,11,'','2026-12-01T22:43:25.640+00:00','2026-12-01T22:43:25.640+00:00');
INSERT INTO "bijeenkomst" VALUES('00000000-0000-4000-8000-000000002027','00000000-0000-4000-8000-000000002026','Alle vragen van de praatplaat','2026-06-03','','tafel',1,'verdelen-besluiten',NULL,'2026.1','gepland',NULL,NULL,'','2026-12-01T22:43:25.643+00:00','2026-12-01T22:43:25.643+00:00');
CREATE TABLE deelnemer (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    rol TEXT NOT NULL DEFAULT '',
    groep TEXT NOT NULL DEFAULT '',
    denkstijl TEXT CHECK (denkstijl IS NULL OR denkstijl IN ('doener', 'denker')),
    aangemaakt TEXT NOT NULL
);
INSERT INTO "deelnemer" VALUES('3db10211-6279-5287-bbaf-8070ed37b5b6','80a895a6-f75f-5bf4-a080-a108bba2774b','Anja','','','denker','2026-12-01T22:43:25.640+00:00');
INSERT INTO "deelnemer" VALUES('934c72dd-6fe0-5bad-8ec4-bbb4941e4b84','80a895a6-f75f-5bf4-a080-a108bba2774b','Stoel 2','','','doener','2026-12-01T22:43:25.640+00:00');
INSERT INTO "deelnemer" VALUES('e8abc423-d16a-525e-bada-d901e6dd38f3','80a895a6-f75f-5bf4-a080-a108bba2774b','Mehmet','','','denker','2026-12-01T22:43:25.640+00:00');
INSERT INTO "deelnemer" VALUES('a822f6c4-8877-5dd7-93ce-84019852d756','80a895a6-f75f-5bf4-a080-a108bba2774b','Stoel 4','','','doener','2026-12-01T22:43:25.640+00:00');
CREATE TABLE evaluatie (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    afspraak_id TEXT NOT NULL REFERENCES afspraak(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('open', 'loopt', 'gedaan', 'gestopt')),
    reflectie TEXT NOT NULL DEFAULT '',
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, afspraak_id)
);
INSERT INTO "evaluatie" VALUES('872b868a-cafe-43fa-bc9f-d33611568230','80a895a6-f75f-5bf4-a080-a108bba2774b','82ed1175-9d1e-524e-b2a6-09c8dd705abb','loopt','Panel heeft 40 leden, nog weinig jongeren.','2026-12-01T22:43:25.638+00:00');
INSERT INTO "evaluatie" VALUES('a07a9915-5f88-4847-aa31-c38393ccf11e','80a895a6-f75f-5bf4-a080-a108bba2774b','e08e2997-575f-549e-ba34-65ddbc5a294a','gedaan','Verslagen worden goed gelezen.','2026-12-01T22:43:25.638+00:00');
INSERT INTO "evaluatie" VALUES('f5713175-dd07-4995-9d60-6f21358847c8','80a895a6-f75f-5bf4-a080-a108bba2774b','ee21c37e-c775-5b69-87b5-15e28c358851','open','Nog geen gespreksleider gevonden.','2026-12-01T22:43:25.638+00:00');
INSERT INTO "evaluatie" VALUES('fc26dbed-f8de-4775-ad80-66a326a58910','80a895a6-f75f-5bf4-a080-a108bba2774b','fc19feb9-b3d6-5576-9cc8-3a19d54ff6d8','gestopt','Schoolplein wordt toch verkocht.','2026-12-01T22:43:25.639+00:00');
CREATE TABLE gebied (
    id TEXT PRIMARY KEY,
    naam TEXT NOT NULL CHECK (length(trim(naam)) > 0),
    soort TEXT NOT NULL CHECK (soort IN ('wijk', 'dorp')),
    gebiedsteam TEXT NOT NULL DEFAULT '',
    notities TEXT NOT NULL DEFAULT '',
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
INSERT INTO "gebied" VALUES('4e01dbe7-5e13-556b-8e83-6372d5b1c0ef','Rivierenbuurt','wijk','Gebiedsteam Zuid','Bewonersorganisatie actief sinds 1978; thema''s vergroening en verkeer.','2026-12-01T22:43:25.632+00:00','2026-12-01T22:43:25.632+00:00');
INSERT INTO "gebied" VALUES('2fddf8be-c3a1-5aed-9f82-23b48847aa4e','Noordlaren','dorp','Gebiedsteam Haren','Dorpsbelangen wil meer zeggenschap over de dorpsagenda.','2026-12-01T22:43:25.640+00:00','2026-12-01T22:43:25.640+00:00');
INSERT INTO "gebied" VALUES('00000000-0000-4000-8000-000000002026','Selwerd','wijk','','','2026-12-01T22:43:25.642+00:00','2026-12-01T22:43:25.642+00:00');
CREATE TABLE inbreng (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    vraag_id TEXT NOT NULL,
    tekst TEXT NOT NULL,
    soort TEXT CHECK (soort IS NULL OR soort IN ('sterkte', 'zwakte', 'kans', 'bedreiging', 'idee', 'zorg')),
    volgorde INTEGER NOT NULL DEFAULT 0,
    stippen INTEGER NOT NULL DEFAULT 0 CHECK (stippen >= 0),
    prive INTEGER NOT NULL DEFAULT 0 CHECK (prive IN (0, 1)),
    verwijderd TEXT,
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
INSERT INTO "inbreng" VALUES('021a58ed-1ada-5fa1-b406-c1620e78117d','278b75fe-ed9d-569a-9719-b2c921983bd3','dna-trots','Veel groen langs het Winschoterdiep','sterkte',1,6,0,NULL,'2026-12-01T22:43:25.632+00:00','2026-12-01T22:43:25.632+00:00');
INSERT INTO "inbreng" VALUES('d1073fb1-e333-50b6-b7a0-81f65af9e96e','278b75fe-ed9d-569a-9719-b2c921983bd3','dna-trots','Bewoners kennen elkaar, vooral rond de speeltuin','sterkte',2,3,0,NULL,'2026-12-01T22:43:25.632+00:00','2026-12-01T22:43:25.632+00:00');
INSERT INTO "inbreng" VALUES('014e07fc-2564-526a-af05-df83605743a1','278b75fe-ed9d-569a-9719-b2c921983bd3','dna-trots','Jongeren doen bijna nooit mee','zwakte',3,8,0,NULL,'2026-12-01T22:43:25.633+00:00','2026-12-01T22:43:25.633+00:00');
INSERT INTO "inbreng" VALUES('807989f3-c2ac-5001-99e2-bcf01e8de0bd','278b75fe-ed9d-569a-9719-b2c921983bd3','dna-trots','Het oude schoolplein kan een buurttuin worden','kans',4,5,0,NULL,'2026-12-01T22:43:25.633+00:00','2026-12-01T22:43:25.633+00:00');
INSERT INTO "inbreng" VALUES('6f596bf6-e085-5046-a74f-3a6d3a6efff9','278b75fe-ed9d-569a-9719-b2c921983bd3','dna-trots','Drukte van sluipverkeer over de Oosterweg','bedreiging',5,4,0,NULL,'2026-12-01T22:43:25.633+00:00','2026-12-01T22:43:25.633+00:00');
INSERT INTO "inbreng" VALUES('8b0c6c99-5d50-51f5-a66c-d8aa2b800a8a','278b75fe-ed9d-569a-9719-b2c921983bd3','stem-wie-praat-mee','Vraag ook huurders van de flats aan de rand','idee',1,0,0,NULL,'2026-12-01T22:43:25.633+00:00','2026-12-01T22:43:25.633+00:00');
INSERT INTO "inbreng" VALUES('b6934988-a1f6-5114-864a-7fe7cc1d07bc','278b75fe-ed9d-569a-9719-b2c921983bd3','stem-wie-praat-mee','Avondbijeenkomsten passen niet bij jonge ouders','zorg',2,0,0,NULL,'2026-12-01T22:43:25.633+00:00','2026-12-01T22:43:25.633+00:00');
INSERT INTO "inbreng" VALUES('5670469a-04e4-5a37-9999-f659a5e456e0','926865ee-07c4-54d2-a6a5-1f5de11ee2de','dna-eigen','Dorpsbelangen is sterk en bekend','sterkte',1,0,0,NULL,'2026-12-01T22:43:25.640+00:00','2026-12-01T22:43:25.640+00:00');
INSERT INTO "inbreng" VALUES('ad4143de-1384-5035-8b1a-416b4e3eafcd','926865ee-07c4-54d2-a6a5-1f5de11ee2de','dna-eigen','Weinig voorzieningen voor ouderen','zwakte',2,0,0,NULL,'2026-12-01T22:43:25.640+00:00','2026-12-01T22:43:25.640+00:00');
INSERT INTO "inbreng" VALUES('89665dfe-ca1e-5fc2-95ba-deb5d65b9995','926865ee-07c4-54d2-a6a5-1f5de11ee2de','dna-eigen','Burgerbegroting voor het dorpsplein','kans',3,0,0,NULL,'2026-12-01T22:43:25.640+00:00','2026-12-01T22:43:25.640+00:00');
INSERT INTO "inbreng" VALUES('8d1fda16-94e3-5999-96f6-663fb045c5fb','926865ee-07c4-54d2-a6a5-1f5de11ee2de','zeg-agenda','We willen zelf over het groenbudget beslissen','idee',1,0,0,NULL,'2026-12-01T22:43:25.641+00:00','2026-12-01T22:43:25.641+00:00');
INSERT INTO "inbreng" VALUES('004427da-5ac3-4fca-a6ee-eb0fbf77fcb5','00000000-0000-4000-8000-000000002027','dna-trots','Inbreng 1 bij dna-trots',NULL,1,0,0,NULL,'2026-12-01T22:43:25.643+00:00','2026-12-01T22:43:25.643+00:00');
INSERT INTO "inbreng" VALUES('fed29117-2bc8-4c98-bedf-24ba81e141d1','00000000-0000-4000-8000-000000002027','dna-eigen','Inbreng 2 bij dna-eigen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.644+00:00','2026-12-01T22:43:25.644+00:00');
INSERT INTO "inbreng" VALUES('e867b111-327b-4612-9d42-79cb60e25862','00000000-0000-4000-8000-000000002027','dna-wat-werkt','Inbreng 3 bij dna-wat-werkt',NULL,1,0,0,NULL,'2026-12-01T22:43:25.644+00:00','2026-12-01T22:43:25.644+00:00');
INSERT INTO "inbreng" VALUES('b1300c4f-4e34-4c14-8bfa-86e1ffcb8581','00000000-0000-4000-8000-000000002027','dna-wat-werkt','Nog een punt bij dna-wat-werkt','zorg',2,0,0,NULL,'2026-12-01T22:43:25.644+00:00','2026-12-01T22:43:25.644+00:00');
INSERT INTO "inbreng" VALUES('cb900edc-fd9b-421b-9fd2-950583613580','00000000-0000-4000-8000-000000002027','dna-zwakte','Inbreng 4 bij dna-zwakte',NULL,1,0,0,NULL,'2026-12-01T22:43:25.645+00:00','2026-12-01T22:43:25.645+00:00');
INSERT INTO "inbreng" VALUES('b4a97d01-0311-4846-86e4-824f84508822','00000000-0000-4000-8000-000000002027','dna-kansen','Inbreng 5 bij dna-kansen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.645+00:00','2026-12-01T22:43:25.645+00:00');
INSERT INTO "inbreng" VALUES('4288826c-9b40-432f-ae07-8e0f390bf9fa','00000000-0000-4000-8000-000000002027','dna-zorgen','Inbreng 6 bij dna-zorgen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.646+00:00','2026-12-01T22:43:25.646+00:00');
INSERT INTO "inbreng" VALUES('171c2dcf-559e-4d58-958d-6f0927ecfda3','00000000-0000-4000-8000-000000002027','dna-zorgen','Nog een punt bij dna-zorgen','zorg',2,0,0,NULL,'2026-12-01T22:43:25.646+00:00','2026-12-01T22:43:25.646+00:00');
INSERT INTO "inbreng" VALUES('aa5d927e-a324-46cb-9faa-a06f576e7245','00000000-0000-4000-8000-000000002027','dna-cijfers','Inbreng 7 bij dna-cijfers',NULL,1,0,0,NULL,'2026-12-01T22:43:25.647+00:00','2026-12-01T22:43:25.647+00:00');
INSERT INTO "inbreng" VALUES('a9abb7dc-71fc-4592-8bed-cddbf7f8cd4a','00000000-0000-4000-8000-000000002027','rol-archetype','Inbreng 8 bij rol-archetype',NULL,1,0,0,NULL,'2026-12-01T22:43:25.647+00:00','2026-12-01T22:43:25.647+00:00');
INSERT INTO "inbreng" VALUES('08442843-1d7d-49b8-aa15-fbbeba8f51b6','00000000-0000-4000-8000-000000002027','rol-wie-regisseert','Inbreng 9 bij rol-wie-regisseert',NULL,1,0,0,NULL,'2026-12-01T22:43:25.648+00:00','2026-12-01T22:43:25.648+00:00');
INSERT INTO "inbreng" VALUES('63407a50-536c-43f2-87a8-925ed8f8e03e','00000000-0000-4000-8000-000000002027','rol-wie-regisseert','Nog een punt bij rol-wie-regisseert','zorg',2,0,0,NULL,'2026-12-01T22:43:25.648+00:00','2026-12-01T22:43:25.648+00:00');
INSERT INTO "inbreng" VALUES('82eeca6b-38c3-4380-a58a-55b32cee43d7','00000000-0000-4000-8000-000000002027','rol-wie-organiseert','Inbreng 10 bij rol-wie-organiseert',NULL,1,0,0,NULL,'2026-12-01T22:43:25.648+00:00','2026-12-01T22:43:25.648+00:00');
INSERT INTO "inbreng" VALUES('cfe54a9d-0e6d-4b85-a20c-e95c5fb82227','00000000-0000-4000-8000-000000002027','rol-wie-beslist','Inbreng 11 bij rol-wie-beslist',NULL,1,0,0,NULL,'2026-12-01T22:43:25.649+00:00','2026-12-01T22:43:25.649+00:00');
INSERT INTO "inbreng" VALUES('c52aa8af-66ca-4b27-8e26-7de2f1ec616d','00000000-0000-4000-8000-000000002027','rol-wie-voert-uit','Inbreng 12 bij rol-wie-voert-uit',NULL,1,0,0,NULL,'2026-12-01T22:43:25.649+00:00','2026-12-01T22:43:25.649+00:00');
INSERT INTO "inbreng" VALUES('ea9ae625-21d2-493b-97c5-d297c390b4c1','00000000-0000-4000-8000-000000002027','rol-wie-voert-uit','Nog een punt bij rol-wie-voert-uit','zorg',2,0,0,NULL,'2026-12-01T22:43:25.650+00:00','2026-12-01T22:43:25.650+00:00');
INSERT INTO "inbreng" VALUES('db322e6b-80b3-4c33-81fa-e671f727059b','00000000-0000-4000-8000-000000002027','rol-gemeenteraad','Inbreng 13 bij rol-gemeenteraad',NULL,1,0,0,NULL,'2026-12-01T22:43:25.650+00:00','2026-12-01T22:43:25.650+00:00');
INSERT INTO "inbreng" VALUES('0055f34c-9c15-4228-a198-6d4995033fdb','00000000-0000-4000-8000-000000002027','rol-gebiedsteam','Inbreng 14 bij rol-gebiedsteam',NULL,1,0,0,NULL,'2026-12-01T22:43:25.651+00:00','2026-12-01T22:43:25.651+00:00');
INSERT INTO "inbreng" VALUES('90440c75-d2c9-449b-93ad-a1976163b266','00000000-0000-4000-8000-000000002027','rol-niet-over','Inbreng 15 bij rol-niet-over',NULL,1,0,0,NULL,'2026-12-01T22:43:25.651+00:00','2026-12-01T22:43:25.651+00:00');
INSERT INTO "inbreng" VALUES('842791b9-fd60-43b7-b364-a3f4026ca5e8','00000000-0000-4000-8000-000000002027','rol-niet-over','Nog een punt bij rol-niet-over','zorg',2,0,0,NULL,'2026-12-01T22:43:25.651+00:00','2026-12-01T22:43:25.651+00:00');
INSERT INTO "inbreng" VALUES('1a7aabcc-b425-479b-b69c-b9f2b247b6ca','00000000-0000-4000-8000-000000002027','rol-wie-spreekt-namens','Inbreng 16 bij rol-wie-spreekt-namens',NULL,1,0,0,NULL,'2026-12-01T22:43:25.652+00:00','2026-12-01T22:43:25.652+00:00');
INSERT INTO "inbreng" VALUES('8ca8f7ef-62cc-4a30-ae06-bbc1bd75e729','00000000-0000-4000-8000-000000002027','dw-belangrijkst','Inbreng 17 bij dw-belangrijkst',NULL,1,0,0,NULL,'2026-12-01T22:43:25.652+00:00','2026-12-01T22:43:25.652+00:00');
INSERT INTO "inbreng" VALUES('b74fd72f-4d4a-4d3c-a141-75e089cc1ba5','00000000-0000-4000-8000-000000002027','dw-nu','Inbreng 18 bij dw-nu',NULL,1,0,0,NULL,'2026-12-01T22:43:25.653+00:00','2026-12-01T22:43:25.653+00:00');
INSERT INTO "inbreng" VALUES('6f29d995-aaef-44cc-9a3c-f1b529dd19bd','00000000-0000-4000-8000-000000002027','dw-nu','Nog een punt bij dw-nu','zorg',2,0,0,NULL,'2026-12-01T22:43:25.653+00:00','2026-12-01T22:43:25.653+00:00');
INSERT INTO "inbreng" VALUES('699b240f-b2f4-40a5-bc80-53529f536512','00000000-0000-4000-8000-000000002027','dw-ambitie','Inbreng 19 bij dw-ambitie',NULL,1,0,0,NULL,'2026-12-01T22:43:25.654+00:00','2026-12-01T22:43:25.654+00:00');
INSERT INTO "inbreng" VALUES('f086b903-1fee-4330-a46f-92658830040c','00000000-0000-4000-8000-000000002027','dw-witte-vlekken','Inbreng 20 bij dw-witte-vlekken',NULL,1,0,0,NULL,'2026-12-01T22:43:25.654+00:00','2026-12-01T22:43:25.654+00:00');
INSERT INTO "inbreng" VALUES('606ccd67-ac86-45de-abab-4b2e41f136fe','00000000-0000-4000-8000-000000002027','dw-past-bij-zeggenschap','Inbreng 21 bij dw-past-bij-zeggenschap',NULL,1,0,0,NULL,'2026-12-01T22:43:25.655+00:00','2026-12-01T22:43:25.655+00:00');
INSERT INTO "inbreng" VALUES('ba265ff4-5b7d-4866-901a-566594a9c8a6','00000000-0000-4000-8000-000000002027','dw-past-bij-zeggenschap','Nog een punt bij dw-past-bij-zeggenschap','zorg',2,0,0,NULL,'2026-12-01T22:43:25.655+00:00','2026-12-01T22:43:25.655+00:00');
INSERT INTO "inbreng" VALUES('5c4b498b-ca1d-423e-aef2-998345eba4a4','00000000-0000-4000-8000-000000002027','dw-per-onderwerp','Inbreng 22 bij dw-per-onderwerp',NULL,1,0,0,NULL,'2026-12-01T22:43:25.655+00:00','2026-12-01T22:43:25.655+00:00');
INSERT INTO "inbreng" VALUES('e611af33-49dc-4bed-9be0-2800881de28e','00000000-0000-4000-8000-000000002027','real-geld-zichtbaar','Inbreng 23 bij real-geld-zichtbaar',NULL,1,0,0,NULL,'2026-12-01T22:43:25.656+00:00','2026-12-01T22:43:25.656+00:00');
INSERT INTO "inbreng" VALUES('b86da58d-a6e1-4baf-97b6-20b0e5babc07','00000000-0000-4000-8000-000000002027','real-welk-geld','Inbreng 24 bij real-welk-geld',NULL,1,0,0,NULL,'2026-12-01T22:43:25.656+00:00','2026-12-01T22:43:25.656+00:00');
INSERT INTO "inbreng" VALUES('432bfbbc-0d1e-4bfe-925f-f07abb395a86','00000000-0000-4000-8000-000000002027','real-welk-geld','Nog een punt bij real-welk-geld','zorg',2,0,0,NULL,'2026-12-01T22:43:25.657+00:00','2026-12-01T22:43:25.657+00:00');
INSERT INTO "inbreng" VALUES('74c73e87-0536-4cf4-9e51-14c2ea03b540','00000000-0000-4000-8000-000000002027','real-hulp','Inbreng 25 bij real-hulp',NULL,1,0,0,NULL,'2026-12-01T22:43:25.657+00:00','2026-12-01T22:43:25.657+00:00');
INSERT INTO "inbreng" VALUES('5258e8e4-a249-4eaf-9544-8bde200ff320','00000000-0000-4000-8000-000000002027','real-klein-beginnen','Inbreng 26 bij real-klein-beginnen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.658+00:00','2026-12-01T22:43:25.658+00:00');
INSERT INTO "inbreng" VALUES('affd421d-f5b1-4529-9d49-738d07c206a3','00000000-0000-4000-8000-000000002027','real-vrije-tijd','Inbreng 27 bij real-vrije-tijd',NULL,1,0,0,NULL,'2026-12-01T22:43:25.658+00:00','2026-12-01T22:43:25.658+00:00');
INSERT INTO "inbreng" VALUES('aba6ce24-a7aa-4400-a274-ad1ffced61a7','00000000-0000-4000-8000-000000002027','real-vrije-tijd','Nog een punt bij real-vrije-tijd','zorg',2,0,0,NULL,'2026-12-01T22:43:25.659+00:00','2026-12-01T22:43:25.659+00:00');
INSERT INTO "inbreng" VALUES('1951c867-c3c0-4a59-99bb-87c0994795de','00000000-0000-4000-8000-000000002027','real-procesleider','Inbreng 28 bij real-procesleider',NULL,1,0,0,NULL,'2026-12-01T22:43:25.659+00:00','2026-12-01T22:43:25.659+00:00');
INSERT INTO "inbreng" VALUES('0df20164-06d4-447a-bc93-c28611836241','00000000-0000-4000-8000-000000002027','real-taak-overnemen','Inbreng 29 bij real-taak-overnemen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.660+00:00','2026-12-01T22:43:25.660+00:00');
INSERT INTO "inbreng" VALUES('ea4909c7-8301-4851-b1f9-24ec2a9c8ff2','00000000-0000-4000-8000-000000002027','leren-terugkijken','Inbreng 30 bij leren-terugkijken',NULL,1,0,0,NULL,'2026-12-01T22:43:25.660+00:00','2026-12-01T22:43:25.660+00:00');
INSERT INTO "inbreng" VALUES('c3830f03-6012-415b-a9f2-34dff7cb298a','00000000-0000-4000-8000-000000002027','leren-terugkijken','Nog een punt bij leren-terugkijken','zorg',2,0,0,NULL,'2026-12-01T22:43:25.661+00:00','2026-12-01T22:43:25.661+00:00');
INSERT INTO "inbreng" VALUES('81fc0feb-fdc1-4725-ac78-5706cf3548c1','00000000-0000-4000-8000-000000002027','leren-fouten','Inbreng 31 bij leren-fouten',NULL,1,0,0,NULL,'2026-12-01T22:43:25.661+00:00','2026-12-01T22:43:25.661+00:00');
INSERT INTO "inbreng" VALUES('303d2233-2683-425d-af74-6aa4f189f749','00000000-0000-4000-8000-000000002027','leren-vieren','Inbreng 32 bij leren-vieren',NULL,1,0,0,NULL,'2026-12-01T22:43:25.662+00:00','2026-12-01T22:43:25.662+00:00');
INSERT INTO "inbreng" VALUES('7600b633-b563-4cf9-8741-93b54a9660c5','00000000-0000-4000-8000-000000002027','leren-plezier','Inbreng 33 bij leren-plezier',NULL,1,0,0,NULL,'2026-12-01T22:43:25.662+00:00','2026-12-01T22:43:25.662+00:00');
INSERT INTO "inbreng" VALUES('2d132a02-7509-443f-8c91-79aef70c1350','00000000-0000-4000-8000-000000002027','leren-plezier','Nog een punt bij leren-plezier','zorg',2,0,0,NULL,'2026-12-01T22:43:25.663+00:00','2026-12-01T22:43:25.663+00:00');
INSERT INTO "inbreng" VALUES('e5240f93-78df-4181-96dc-8051252ab176','00000000-0000-4000-8000-000000002027','leren-vaardigheden','Inbreng 34 bij leren-vaardigheden',NULL,1,0,0,NULL,'2026-12-01T22:43:25.663+00:00','2026-12-01T22:43:25.663+00:00');
INSERT INTO "inbreng" VALUES('23f56ba1-52e8-48bb-a75d-b82ba20feb22','00000000-0000-4000-8000-000000002027','leren-van-anderen','Inbreng 35 bij leren-van-anderen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.663+00:00','2026-12-01T22:43:25.663+00:00');
INSERT INTO "inbreng" VALUES('b3c6c599-845a-4ad9-9463-b03fb5ddc997','00000000-0000-4000-8000-000000002027','leren-delen-met-raad','Inbreng 36 bij leren-delen-met-raad',NULL,1,0,0,NULL,'2026-12-01T22:43:25.664+00:00','2026-12-01T22:43:25.664+00:00');
INSERT INTO "inbreng" VALUES('568256fd-9971-44fb-a571-006cd2ac5e2e','00000000-0000-4000-8000-000000002027','leren-delen-met-raad','Nog een punt bij leren-delen-met-raad','zorg',2,0,0,NULL,'2026-12-01T22:43:25.665+00:00','2026-12-01T22:43:25.665+00:00');
INSERT INTO "inbreng" VALUES('1095f22f-ade8-41b0-ac87-433348bd6820','00000000-0000-4000-8000-000000002027','stem-wie-praat-mee','Inbreng 37 bij stem-wie-praat-mee',NULL,1,0,0,NULL,'2026-12-01T22:43:25.666+00:00','2026-12-01T22:43:25.666+00:00');
INSERT INTO "inbreng" VALUES('3fc1f9e5-605b-4280-8d09-af96a5c530ed','00000000-0000-4000-8000-000000002027','stem-wie-ontbreekt','Inbreng 38 bij stem-wie-ontbreekt',NULL,1,0,0,NULL,'2026-12-01T22:43:25.667+00:00','2026-12-01T22:43:25.667+00:00');
INSERT INTO "inbreng" VALUES('108af676-30be-427c-8dbd-23a6da6b17ea','00000000-0000-4000-8000-000000002027','stem-stille-stem','Inbreng 39 bij stem-stille-stem',NULL,1,0,0,NULL,'2026-12-01T22:43:25.668+00:00','2026-12-01T22:43:25.668+00:00');
INSERT INTO "inbreng" VALUES('e0c079a1-3944-4126-9aaa-0ef18bbd3007','00000000-0000-4000-8000-000000002027','stem-stille-stem','Nog een punt bij stem-stille-stem','zorg',2,0,0,NULL,'2026-12-01T22:43:25.669+00:00','2026-12-01T22:43:25.669+00:00');
INSERT INTO "inbreng" VALUES('e85ed838-6cdd-4d1e-b90c-d228f857a638','00000000-0000-4000-8000-000000002027','stem-vorm-past','Inbreng 40 bij stem-vorm-past',NULL,1,0,0,NULL,'2026-12-01T22:43:25.670+00:00','2026-12-01T22:43:25.670+00:00');
INSERT INTO "inbreng" VALUES('4af6c1da-6253-402d-a9e4-583a1b8a258c','00000000-0000-4000-8000-000000002027','stem-minderheid','Inbreng 41 bij stem-minderheid',NULL,1,0,0,NULL,'2026-12-01T22:43:25.671+00:00','2026-12-01T22:43:25.671+00:00');
INSERT INTO "inbreng" VALUES('0541c41f-e6d4-442e-9952-fd89a0677d67','00000000-0000-4000-8000-000000002027','stem-online-en-fysiek','Inbreng 42 bij stem-online-en-fysiek',NULL,1,0,0,NULL,'2026-12-01T22:43:25.672+00:00','2026-12-01T22:43:25.672+00:00');
INSERT INTO "inbreng" VALUES('9c88d1e2-9a5b-4904-a58e-cb87639d0391','00000000-0000-4000-8000-000000002027','stem-online-en-fysiek','Nog een punt bij stem-online-en-fysiek','zorg',2,0,0,NULL,'2026-12-01T22:43:25.673+00:00','2026-12-01T22:43:25.673+00:00');
INSERT INTO "inbreng" VALUES('691999f3-eaff-42c7-91c5-878333871534','00000000-0000-4000-8000-000000002027','stem-doeners-denkers','Inbreng 43 bij stem-doeners-denkers',NULL,1,0,0,NULL,'2026-12-01T22:43:25.674+00:00','2026-12-01T22:43:25.674+00:00');
INSERT INTO "inbreng" VALUES('52814fdf-d9c8-4bf4-bb2e-be2af6eb63f1','00000000-0000-4000-8000-000000002027','stem-toegerust','Inbreng 44 bij stem-toegerust',NULL,1,0,0,NULL,'2026-12-01T22:43:25.675+00:00','2026-12-01T22:43:25.675+00:00');
INSERT INTO "inbreng" VALUES('b93b3c08-787e-42a3-93c6-b43e312c24cc','00000000-0000-4000-8000-000000002027','stem-loting','Inbreng 45 bij stem-loting',NULL,1,0,0,NULL,'2026-12-01T22:43:25.676+00:00','2026-12-01T22:43:25.676+00:00');
INSERT INTO "inbreng" VALUES('9a39443d-c739-41bf-8d5a-cc8a01843204','00000000-0000-4000-8000-000000002027','stem-loting','Nog een punt bij stem-loting','zorg',2,0,0,NULL,'2026-12-01T22:43:25.677+00:00','2026-12-01T22:43:25.677+00:00');
INSERT INTO "inbreng" VALUES('c997ba95-722f-432a-8149-4f4031d04ddd','00000000-0000-4000-8000-000000002027','stem-heel-gebied-vragen','Inbreng 46 bij stem-heel-gebied-vragen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.679+00:00','2026-12-01T22:43:25.679+00:00');
INSERT INTO "inbreng" VALUES('24879b0c-c7b1-4e7b-8fc7-3e380379ca60','00000000-0000-4000-8000-000000002027','stem-vertegenwoordigd','Inbreng 47 bij stem-vertegenwoordigd',NULL,1,0,0,NULL,'2026-12-01T22:43:25.682+00:00','2026-12-01T22:43:25.682+00:00');
INSERT INTO "inbreng" VALUES('cb7e5336-62b1-4973-af8e-229727d59ad1','00000000-0000-4000-8000-000000002027','open-wie-beslist','Inbreng 48 bij open-wie-beslist',NULL,1,0,0,NULL,'2026-12-01T22:43:25.683+00:00','2026-12-01T22:43:25.683+00:00');
INSERT INTO "inbreng" VALUES('e643e9ff-b05f-4e01-9bd5-f148854a0d68','00000000-0000-4000-8000-000000002027','open-wie-beslist','Nog een punt bij open-wie-beslist','zorg',2,0,0,NULL,'2026-12-01T22:43:25.686+00:00','2026-12-01T22:43:25.686+00:00');
INSERT INTO "inbreng" VALUES('7e4b876c-2bd2-4f73-b2f7-1f7541d3445f','00000000-0000-4000-8000-000000002027','open-grenzen','Inbreng 49 bij open-grenzen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.686+00:00','2026-12-01T22:43:25.686+00:00');
INSERT INTO "inbreng" VALUES('99dafc67-62d5-421c-9c6e-946cecf553f3','00000000-0000-4000-8000-000000002027','open-realistisch','Inbreng 50 bij open-realistisch',NULL,1,0,0,NULL,'2026-12-01T22:43:25.690+00:00','2026-12-01T22:43:25.690+00:00');
INSERT INTO "inbreng" VALUES('1df1e305-0502-4642-b13f-9e5c4333ee72','00000000-0000-4000-8000-000000002027','open-nieuws','Inbreng 51 bij open-nieuws',NULL,1,0,0,NULL,'2026-12-01T22:43:25.690+00:00','2026-12-01T22:43:25.690+00:00');
INSERT INTO "inbreng" VALUES('3649b5a2-06c3-4b4a-802b-b9f88c7c0d69','00000000-0000-4000-8000-000000002027','open-nieuws','Nog een punt bij open-nieuws','zorg',2,0,0,NULL,'2026-12-01T22:43:25.694+00:00','2026-12-01T22:43:25.694+00:00');
INSERT INTO "inbreng" VALUES('bdf06e13-f1eb-471a-9ae4-52f0dca00527','00000000-0000-4000-8000-000000002027','open-verslag','Inbreng 52 bij open-verslag',NULL,1,0,0,NULL,'2026-12-01T22:43:25.694+00:00','2026-12-01T22:43:25.694+00:00');
INSERT INTO "inbreng" VALUES('daeb88f6-454b-415d-a297-6572a5faad30','00000000-0000-4000-8000-000000002027','open-advies-terug','Inbreng 53 bij open-advies-terug',NULL,1,0,0,NULL,'2026-12-01T22:43:25.698+00:00','2026-12-01T22:43:25.698+00:00');
INSERT INTO "inbreng" VALUES('c053b249-5ef7-4fea-8e0a-41311d0c72e5','00000000-0000-4000-8000-000000002027','open-resultaten','Inbreng 54 bij open-resultaten',NULL,1,0,0,NULL,'2026-12-01T22:43:25.698+00:00','2026-12-01T22:43:25.698+00:00');
INSERT INTO "inbreng" VALUES('5e5e4e82-fdc0-466e-ab8a-1e736c09bf60','00000000-0000-4000-8000-000000002027','open-resultaten','Nog een punt bij open-resultaten','zorg',2,0,0,NULL,'2026-12-01T22:43:25.700+00:00','2026-12-01T22:43:25.700+00:00');
INSERT INTO "inbreng" VALUES('f6eea0ae-1551-4b76-9631-313fdcf60c82','00000000-0000-4000-8000-000000002027','open-geld','Inbreng 55 bij open-geld',NULL,1,0,0,NULL,'2026-12-01T22:43:25.702+00:00','2026-12-01T22:43:25.702+00:00');
INSERT INTO "inbreng" VALUES('2f119fce-3071-496f-b5a1-fdf02ec03f41','00000000-0000-4000-8000-000000002027','open-vergaderingen','Inbreng 56 bij open-vergaderingen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.702+00:00','2026-12-01T22:43:25.702+00:00');
INSERT INTO "inbreng" VALUES('95d3d38e-745b-4eca-bc5b-34fbd1000c9a','00000000-0000-4000-8000-000000002027','open-verantwoording','Inbreng 57 bij open-verantwoording',NULL,1,0,0,NULL,'2026-12-01T22:43:25.703+00:00','2026-12-01T22:43:25.703+00:00');
INSERT INTO "inbreng" VALUES('ba9b7ee3-825b-473f-b2ab-151a384af7cd','00000000-0000-4000-8000-000000002027','open-verantwoording','Nog een punt bij open-verantwoording','zorg',2,0,0,NULL,'2026-12-01T22:43:25.703+00:00','2026-12-01T22:43:25.703+00:00');
INSERT INTO "inbreng" VALUES('89422562-0ea0-468a-b355-c6b2d225a5c0','00000000-0000-4000-8000-000000002027','zeg-agenda','Inbreng 58 bij zeg-agenda',NULL,1,0,0,NULL,'2026-12-01T22:43:25.704+00:00','2026-12-01T22:43:25.704+00:00');
INSERT INTO "inbreng" VALUES('d4fd1731-652c-4ba9-957d-190cd685fc72','00000000-0000-4000-8000-000000002027','zeg-hoeveel-invloed','Inbreng 59 bij zeg-hoeveel-invloed',NULL,1,0,0,NULL,'2026-12-01T22:43:25.705+00:00','2026-12-01T22:43:25.705+00:00');
INSERT INTO "inbreng" VALUES('f66e4e40-ef1d-42b4-aa20-70bd038f9954','00000000-0000-4000-8000-000000002027','zeg-vanaf-begin','Inbreng 60 bij zeg-vanaf-begin',NULL,1,0,0,NULL,'2026-12-01T22:43:25.705+00:00','2026-12-01T22:43:25.705+00:00');
INSERT INTO "inbreng" VALUES('2bfac69d-8f7e-47fb-b4de-adf69eb80898','00000000-0000-4000-8000-000000002027','zeg-vanaf-begin','Nog een punt bij zeg-vanaf-begin','zorg',2,0,0,NULL,'2026-12-01T22:43:25.706+00:00','2026-12-01T22:43:25.706+00:00');
INSERT INTO "inbreng" VALUES('c258d96e-f55d-48e0-8ce6-5d170d97ad0f','00000000-0000-4000-8000-000000002027','zeg-grote-vragen','Inbreng 61 bij zeg-grote-vragen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.706+00:00','2026-12-01T22:43:25.706+00:00');
INSERT INTO "inbreng" VALUES('0d3e9a40-0048-4135-8ac2-396c6b53cf7e','00000000-0000-4000-8000-000000002027','zeg-verantwoordelijkheid','Inbreng 62 bij zeg-verantwoordelijkheid',NULL,1,0,0,NULL,'2026-12-01T22:43:25.707+00:00','2026-12-01T22:43:25.707+00:00');
INSERT INTO "inbreng" VALUES('77e666a3-af6d-48fa-91f4-b0fe859e3350','00000000-0000-4000-8000-000000002027','zeg-samen-verantwoordelijk','Inbreng 63 bij zeg-samen-verantwoordelijk',NULL,1,0,0,NULL,'2026-12-01T22:43:25.707+00:00','2026-12-01T22:43:25.707+00:00');
INSERT INTO "inbreng" VALUES('7e47b136-9e8e-4f66-a2e4-26bbd868a954','00000000-0000-4000-8000-000000002027','zeg-samen-verantwoordelijk','Nog een punt bij zeg-samen-verantwoordelijk','zorg',2,0,0,NULL,'2026-12-01T22:43:25.708+00:00','2026-12-01T22:43:25.708+00:00');
INSERT INTO "inbreng" VALUES('f7862d82-dd90-4f36-ae65-9a0babf02042','00000000-0000-4000-8000-000000002027','zeg-controle','Inbreng 64 bij zeg-controle',NULL,1,0,0,NULL,'2026-12-01T22:43:25.709+00:00','2026-12-01T22:43:25.709+00:00');
INSERT INTO "inbreng" VALUES('525e65e2-ae9c-4a35-9b6d-328ba94e3ee5','00000000-0000-4000-8000-000000002027','zeg-eigen-budget','Inbreng 65 bij zeg-eigen-budget',NULL,1,0,0,NULL,'2026-12-01T22:43:25.709+00:00','2026-12-01T22:43:25.709+00:00');
INSERT INTO "inbreng" VALUES('b8b8cc64-ee62-410f-a44f-5716c371ca6e','00000000-0000-4000-8000-000000002027','zeg-niet-eens','Inbreng 66 bij zeg-niet-eens',NULL,1,0,0,NULL,'2026-12-01T22:43:25.710+00:00','2026-12-01T22:43:25.710+00:00');
INSERT INTO "inbreng" VALUES('dcff6fb4-50e0-47de-98e5-48791cfe3975','00000000-0000-4000-8000-000000002027','zeg-niet-eens','Nog een punt bij zeg-niet-eens','zorg',2,0,0,NULL,'2026-12-01T22:43:25.710+00:00','2026-12-01T22:43:25.710+00:00');
INSERT INTO "inbreng" VALUES('c434a73e-ba8c-454f-8884-64f13d274ab1','00000000-0000-4000-8000-000000002027','gesprek-luisteren','Inbreng 67 bij gesprek-luisteren',NULL,1,0,0,NULL,'2026-12-01T22:43:25.711+00:00','2026-12-01T22:43:25.711+00:00');
INSERT INTO "inbreng" VALUES('8c5d2f15-3f4f-4202-804a-66bfbb82b110','00000000-0000-4000-8000-000000002027','gesprek-serieus','Inbreng 68 bij gesprek-serieus',NULL,1,0,0,NULL,'2026-12-01T22:43:25.711+00:00','2026-12-01T22:43:25.711+00:00');
INSERT INTO "inbreng" VALUES('9669824c-5591-4392-b48b-78fe74a83baf','00000000-0000-4000-8000-000000002027','gesprek-open','Inbreng 69 bij gesprek-open',NULL,1,0,0,NULL,'2026-12-01T22:43:25.712+00:00','2026-12-01T22:43:25.712+00:00');
INSERT INTO "inbreng" VALUES('e238bc58-be67-4340-86b4-b5ad0a717e56','00000000-0000-4000-8000-000000002027','gesprek-open','Nog een punt bij gesprek-open','zorg',2,0,0,NULL,'2026-12-01T22:43:25.712+00:00','2026-12-01T22:43:25.712+00:00');
INSERT INTO "inbreng" VALUES('e9ec6691-263b-4781-8df0-de5a396ae690','00000000-0000-4000-8000-000000002027','gesprek-verschil','Inbreng 70 bij gesprek-verschil',NULL,1,0,0,NULL,'2026-12-01T22:43:25.713+00:00','2026-12-01T22:43:25.713+00:00');
INSERT INTO "inbreng" VALUES('2f46390c-6d2c-4fd0-91d5-ae6b02b1a097','00000000-0000-4000-8000-000000002027','gesprek-doel','Inbreng 71 bij gesprek-doel',NULL,1,0,0,NULL,'2026-12-01T22:43:25.713+00:00','2026-12-01T22:43:25.713+00:00');
INSERT INTO "inbreng" VALUES('d6e71544-f02d-4e80-be33-02ccadb58d69','00000000-0000-4000-8000-000000002027','gesprek-eerlijk-besluiten','Inbreng 72 bij gesprek-eerlijk-besluiten',NULL,1,0,0,NULL,'2026-12-01T22:43:25.714+00:00','2026-12-01T22:43:25.714+00:00');
INSERT INTO "inbreng" VALUES('321ccb37-e3fd-442c-9031-a06a8aba2375','00000000-0000-4000-8000-000000002027','gesprek-eerlijk-besluiten','Nog een punt bij gesprek-eerlijk-besluiten','zorg',2,0,0,NULL,'2026-12-01T22:43:25.714+00:00','2026-12-01T22:43:25.714+00:00');
INSERT INTO "inbreng" VALUES('b775f5e0-d46c-4cfe-9e89-d27db5a9a99f','00000000-0000-4000-8000-000000002027','gesprek-tijd-energie','Inbreng 73 bij gesprek-tijd-energie',NULL,1,0,0,NULL,'2026-12-01T22:43:25.715+00:00','2026-12-01T22:43:25.715+00:00');
INSERT INTO "inbreng" VALUES('2c64d087-d74c-4b4c-a817-4b5ccc2d02fa','00000000-0000-4000-8000-000000002027','gesprek-gelijkwaardig','Inbreng 74 bij gesprek-gelijkwaardig',NULL,1,0,0,NULL,'2026-12-01T22:43:25.716+00:00','2026-12-01T22:43:25.716+00:00');
INSERT INTO "inbreng" VALUES('888f6d5a-2413-4bd5-88d5-9cdd0cac848e','00000000-0000-4000-8000-000000002027','gesprek-begeleiding','Inbreng 75 bij gesprek-begeleiding',NULL,1,0,0,NULL,'2026-12-01T22:43:25.716+00:00','2026-12-01T22:43:25.716+00:00');
INSERT INTO "inbreng" VALUES('bcd7827f-8cbf-47d6-a9d6-3ed5fbefeb2f','00000000-0000-4000-8000-000000002027','gesprek-begeleiding','Nog een punt bij gesprek-begeleiding','zorg',2,0,0,NULL,'2026-12-01T22:43:25.717+00:00','2026-12-01T22:43:25.717+00:00');
INSERT INTO "inbreng" VALUES('c35b4a49-dd20-4e3d-b43e-1b4dcc846f84','00000000-0000-4000-8000-000000002027','gesprek-vergaderen-oefenen','Inbreng 76 bij gesprek-vergaderen-oefenen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.717+00:00','2026-12-01T22:43:25.717+00:00');
INSERT INTO "inbreng" VALUES('6df3fc7e-a8b6-46d5-ae9a-f5a1b6a64f32','00000000-0000-4000-8000-000000002027','gesprek-gedragen','Inbreng 77 bij gesprek-gedragen',NULL,1,0,0,NULL,'2026-12-01T22:43:25.718+00:00','2026-12-01T22:43:25.718+00:00');
CREATE TABLE instelling (sleutel TEXT PRIMARY KEY, waarde TEXT, bijgewerkt TEXT NOT NULL);
CREATE TABLE kompas_score (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    waarde_id TEXT NOT NULL,
    nu INTEGER CHECK (nu IS NULL OR nu BETWEEN 1 AND 5),
    doel INTEGER CHECK (doel IS NULL OR doel BETWEEN 1 AND 5),
    toelichting TEXT NOT NULL DEFAULT '',
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, waarde_id)
);
INSERT INTO "kompas_score" VALUES('baea50b8-7050-41af-8228-79c14dce204e','278b75fe-ed9d-569a-9719-b2c921983bd3','ieders-stem-telt',2,4,'Eerste meting','2026-12-01T22:43:25.634+00:00');
INSERT INTO "kompas_score" VALUES('3eee79ae-8c0b-4b6c-a666-beddf14c4a3b','278b75fe-ed9d-569a-9719-b2c921983bd3','transparantie',3,4,'Eerste meting','2026-12-01T22:43:25.634+00:00');
INSERT INTO "kompas_score" VALUES('4440787b-4173-4464-94dc-4874787b95cc','278b75fe-ed9d-569a-9719-b2c921983bd3','zeggenschap',2,4,'Eerste meting','2026-12-01T22:43:25.634+00:00');
INSERT INTO "kompas_score" VALUES('b61b8591-9506-4ff9-84e5-3002f5c14f85','278b75fe-ed9d-569a-9719-b2c921983bd3','het-goede-gesprek',3,4,'Eerste meting','2026-12-01T22:43:25.635+00:00');
INSERT INTO "kompas_score" VALUES('6b3f1d3a-f7b3-40a2-8831-583d143d4774','21780698-d1cf-5f5d-b4aa-507fe2f278c9','ieders-stem-telt',2,4,'','2026-12-01T22:43:25.637+00:00');
INSERT INTO "kompas_score" VALUES('37632c8c-3ba4-48c2-9e39-15dc875c437f','21780698-d1cf-5f5d-b4aa-507fe2f278c9','transparantie',3,4,'','2026-12-01T22:43:25.637+00:00');
INSERT INTO "kompas_score" VALUES('0f7d8cc1-42a8-46fe-abc0-c207042610d2','21780698-d1cf-5f5d-b4aa-507fe2f278c9','zeggenschap',2,4,'','2026-12-01T22:43:25.637+00:00');
INSERT INTO "kompas_score" VALUES('eea8d1b7-5503-4037-9bcf-ed47b8661c28','21780698-d1cf-5f5d-b4aa-507fe2f278c9','het-goede-gesprek',3,4,'','2026-12-01T22:43:25.637+00:00');
INSERT INTO "kompas_score" VALUES('fe1ea92d-fdaf-431f-ade5-10e8b04caf4d','80a895a6-f75f-5bf4-a080-a108bba2774b','ieders-stem-telt',3,4,'Tweede meting','2026-12-01T22:43:25.639+00:00');
INSERT INTO "kompas_score" VALUES('97ff02d1-a4c7-4979-9a44-fcd27826f6ff','80a895a6-f75f-5bf4-a080-a108bba2774b','transparantie',4,4,'Tweede meting','2026-12-01T22:43:25.639+00:00');
INSERT INTO "kompas_score" VALUES('40516f6a-3a10-441b-b9e1-0386ece90c3d','80a895a6-f75f-5bf4-a080-a108bba2774b','zeggenschap',2,4,'Tweede meting','2026-12-01T22:43:25.639+00:00');
INSERT INTO "kompas_score" VALUES('9155737e-0062-4f5f-a9b6-1cd1cbbd64ba','80a895a6-f75f-5bf4-a080-a108bba2774b','het-goede-gesprek',3,4,'Tweede meting','2026-12-01T22:43:25.639+00:00');
INSERT INTO "kompas_score" VALUES('3686ef58-e444-4ac5-9e8f-cb7333e9ff21','926865ee-07c4-54d2-a6a5-1f5de11ee2de','ieders-stem-telt',2,3,'','2026-12-01T22:43:25.641+00:00');
INSERT INTO "kompas_score" VALUES('0172b6ab-0ce9-47dc-91d5-b7263dfe08c4','926865ee-07c4-54d2-a6a5-1f5de11ee2de','zeggenschap',2,5,'','2026-12-01T22:43:25.641+00:00');
INSERT INTO "kompas_score" VALUES('0325fada-922a-4d34-a1f1-8786270fab9c','926865ee-07c4-54d2-a6a5-1f5de11ee2de','transparantie',3,3,'','2026-12-01T22:43:25.641+00:00');
INSERT INTO "kompas_score" VALUES('c3339305-606e-4051-ac17-0f126bab295e','00000000-0000-4000-8000-000000002027','ieders-stem-telt',2,3,'2026.1','2026-12-01T22:43:25.719+00:00');
INSERT INTO "kompas_score" VALUES('bcb39d3d-e684-4c47-b805-594763dc4da6','00000000-0000-4000-8000-000000002027','transparantie',3,4,'2026.1','2026-12-01T22:43:25.719+00:00');
INSERT INTO "kompas_score" VALUES('07c0e793-8de7-410f-bbf0-1e9a126617f9','00000000-0000-4000-8000-000000002027','zeggenschap',1,3,'2026.1','2026-12-01T22:43:25.720+00:00');
INSERT INTO "kompas_score" VALUES('9b8aee29-43d5-4b28-96b6-624b28645446','00000000-0000-4000-8000-000000002027','het-goede-gesprek',2,4,'2026.1','2026-12-01T22:43:25.721+00:00');
CREATE TABLE rolverdeling (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    thema TEXT NOT NULL CHECK (length(trim(thema)) > 0),
    taak TEXT NOT NULL CHECK (taak IN ('regisseert', 'organiseert', 'beslist', 'voert_uit')),
    actor TEXT NOT NULL CHECK (actor IN ('bewoners', 'bewonersorganisatie', 'gebiedsteam', 'college', 'gemeenteraad', 'partner')),
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, thema, taak, actor)
);
INSERT INTO "rolverdeling" VALUES('0d1d6941-c654-4f17-9b40-975d058cca51','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Vergroening','regisseert','bewonersorganisatie','2026-12-01T22:43:25.635+00:00');
INSERT INTO "rolverdeling" VALUES('934cdb66-6cc8-47b7-a12a-aea92e6217d2','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Vergroening','organiseert','bewoners','2026-12-01T22:43:25.635+00:00');
INSERT INTO "rolverdeling" VALUES('566ab218-804d-4a20-a465-71fed95e97a8','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Vergroening','organiseert','gebiedsteam','2026-12-01T22:43:25.635+00:00');
INSERT INTO "rolverdeling" VALUES('89f7a3f6-53ec-40bd-8daa-b8c54f624db2','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Vergroening','beslist','college','2026-12-01T22:43:25.635+00:00');
INSERT INTO "rolverdeling" VALUES('22734e21-7de7-4ddf-8d16-290d74330f0e','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Vergroening','voert_uit','bewoners','2026-12-01T22:43:25.636+00:00');
INSERT INTO "rolverdeling" VALUES('71192871-1218-4ef3-bb9f-e63e9e5328aa','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Vergroening','voert_uit','partner','2026-12-01T22:43:25.636+00:00');
INSERT INTO "rolverdeling" VALUES('f51085e8-1ccc-41bc-ac10-a5529e3cc7dc','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Verkeer','regisseert','gebiedsteam','2026-12-01T22:43:25.636+00:00');
INSERT INTO "rolverdeling" VALUES('0421b2e7-853e-41e7-ae7e-0ac2c9104174','21780698-d1cf-5f5d-b4aa-507fe2f278c9','Verkeer','beslist','gemeenteraad','2026-12-01T22:43:25.636+00:00');
CREATE TABLE spreekbeurt (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    deelnemer_id TEXT NOT NULL REFERENCES deelnemer(id) ON DELETE CASCADE,
    vraag_id TEXT,
    start TEXT NOT NULL,
    duur_s REAL NOT NULL DEFAULT 0 CHECK (duur_s >= 0),
    gepast INTEGER NOT NULL DEFAULT 0 CHECK (gepast IN (0, 1))
);
CREATE TABLE stemming (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    vraag_id TEXT NOT NULL,
    optie TEXT NOT NULL CHECK (length(trim(optie)) > 0),
    aantal INTEGER NOT NULL DEFAULT 0 CHECK (aantal >= 0),
    volgorde INTEGER NOT NULL DEFAULT 0,
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, vraag_id, optie)
);
INSERT INTO "stemming" VALUES('82b9c9b3-c8b8-48c9-ab1c-d79694369402','278b75fe-ed9d-569a-9719-b2c921983bd3','stem-wie-praat-mee','eens',9,1,'2026-12-01T22:43:25.633+00:00');
INSERT INTO "stemming" VALUES('5065e06f-e21d-4e90-a30d-9c1fc3e77448','278b75fe-ed9d-569a-9719-b2c921983bd3','stem-wie-praat-mee','neutraal',3,2,'2026-12-01T22:43:25.634+00:00');
INSERT INTO "stemming" VALUES('5a67c2e6-f9dd-4694-b095-d91a2f087f50','278b75fe-ed9d-569a-9719-b2c921983bd3','stem-wie-praat-mee','oneens',2,3,'2026-12-01T22:43:25.634+00:00');
CREATE TABLE witte_vlek (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    tekst TEXT NOT NULL CHECK (length(trim(tekst)) > 0),
    waarde_id TEXT,
    bouwsteen_id TEXT,
    vraag_id TEXT,
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
INSERT INTO "witte_vlek" VALUES('7a10e929-cee1-5673-b2c8-ae1734e26241','278b75fe-ed9d-569a-9719-b2c921983bd3','Jongeren en huurders praten niet mee','ieders-stem-telt',NULL,NULL,'2026-12-01T22:43:25.635+00:00','2026-12-01T22:43:25.635+00:00');
CREATE INDEX idx_bijeenkomst_gebied ON bijeenkomst(gebied_id, datum);
CREATE INDEX idx_inbreng_vraag ON inbreng(bijeenkomst_id, vraag_id, volgorde);
CREATE INDEX idx_afspraak_bijeenkomst ON afspraak(bijeenkomst_id, volgorde);
COMMIT;
PRAGMA user_version = 2;
