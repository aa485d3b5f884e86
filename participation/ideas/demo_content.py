"""German demo ideas, comments and replies for `flask seed-demo`."""

IDEAS: list[dict] = [
    {
        "title": "Online-Terminbuchung für das Bürgeramt",
        "summary": (
            "Termine im Bürgeramt sollten rund um die Uhr online gebucht, verschoben und storniert "
            "werden können. Das erspart lange Warteschlangen am Vormittag und macht die Auslastung "
            "planbarer."
        ),
        "description": (
            "Wer heute einen neuen Personalausweis beantragen möchte, muss sich entweder morgens "
            "früh anstellen oder mehrfach beim Bürgertelefon anrufen. Gerade für Berufstätige "
            "ist das kaum zu schaffen.\n\n"
            "### Vorschlag\n\n"
            "Ein Online-Terminkalender auf der Website der Stadt, in dem alle Dienstleistungen "
            "des Bürgeramts buchbar sind:\n\n"
            "- freie Termine für die nächsten vier Wochen einsehen und direkt buchen\n"
            "- Bestätigung und Erinnerung per E-Mail, auf Wunsch auch per SMS\n"
            "- Termine selbst verschieben oder absagen, damit sie wieder frei werden\n"
            "- Hinweis, welche Unterlagen mitzubringen sind\n\n"
            "Ein kleines Kontingent an Terminen sollte weiterhin telefonisch oder vor Ort vergeben "
            "werden, damit niemand ausgeschlossen wird."
        ),
        "category": "buergerservice",
        "tags": ["termine", "online", "bürgeramt"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Sehr gute Idee! Bitte auch an **Samstagstermine** denken, zumindest einmal im "
                    "Monat."
                ),
                "replies": [
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": (
                            "Vielen Dank für den Hinweis. Die Öffnungszeiten werden gerade "
                            "überprüft; wir geben Ihre Anregung an das Bürgeramt weiter."
                        ),
                    },
                ],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Die Software für die Terminvergabe ist im Standesamt bereits im Einsatz. Eine "
                    "Ausweitung auf das Bürgeramt wird derzeit geprüft."
                ),
                "replies": [],
            },
        ],
        "supporters": 34,
    },
    {
        "title": "Flächendeckendes WLAN an allen Grundschulen",
        "summary": (
            "Alle städtischen Grundschulen sollten in jedem Klassenraum stabiles WLAN haben, damit "
            "digitale Unterrichtsmaterialien überhaupt sinnvoll genutzt werden können."
        ),
        "description": (
            "An der Grundschule meiner Kinder gibt es WLAN nur im Lehrerzimmer und im "
            "Computerraum. Die Tablets, die über den Digitalpakt angeschafft wurden, liegen "
            "deshalb oft ungenutzt im Schrank.\n\n"
            "### Vorschlag\n\n"
            "- Ausleuchtung aller Klassenräume, der Bibliothek und der Turnhalle\n"
            "- getrennte Netze für Lehrkräfte, Schülerinnen und Schüler sowie Gäste\n"
            "- Jugendschutzfilter und zentrale Verwaltung durch den Schulträger\n"
            "- ausreichende Bandbreite am Glasfaseranschluss\n\n"
            "Die Stadt ist als Schulträger für die Ausstattung zuständig. Eine verlässliche "
            "Infrastruktur ist die Grundlage für alles Weitere – Tablets ohne Netz helfen "
            "niemandem."
        ),
        "category": "bildung",
        "tags": ["schule", "wlan", "digitalpakt"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "An der weiterführenden Schule meines Sohnes gibt es das gleiche Problem. "
                    "Bitte nicht nur die Grundschulen betrachten!"
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Stimmt, die Grundschulen waren nur mein Beispiel. Am besten alle "
                            "Schulen."
                        ),
                    },
                ],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für den Hinweis. Der Ausbau läuft schrittweise; acht von vierzehn "
                    "Grundschulen sind bereits vollständig ausgestattet. Die übrigen folgen nach "
                    "aktueller Planung bis Ende des nächsten Jahres."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": "Wir nehmen die Idee in den nächsten Bericht an den Schulausschuss auf.",
                "replies": [],
            },
        ],
        "supporters": 31,
    },
    {
        "title": "Parkplätze online reservieren",
        "summary": (
            "Halteverbotszonen für Umzüge, Möbellieferungen oder Handwerkereinsätze sollten online "
            "beantragt und bezahlt werden können – mit Auswahl des Straßenabschnitts auf einer "
            "Karte."
        ),
        "description": (
            "Wer umzieht, braucht vor dem Haus Platz für den Umzugswagen. Dafür muss man heute "
            "ein Formular ausfüllen, eine Skizze beilegen, die Genehmigung abholen und die "
            "Schilder bei einem Verleih besorgen. Das dauert oft zwei Wochen und kostet Nerven.\n\n"
            "### Vorschlag\n\n"
            "Ein Online-Dienst zur Reservierung von Parkflächen:\n\n"
            "- Straßenabschnitt und Länge der Fläche direkt auf einer Karte markieren\n"
            "- Zeitraum wählen, zum Beispiel den Umzugstag von 7 bis 18 Uhr\n"
            "- Gebühr online bezahlen und Genehmigung als PDF erhalten\n"
            "- auf Wunsch das Aufstellen der Halteverbotsschilder durch einen beauftragten "
            "Dienstleister mitbuchen\n"
            "- Übersicht für das Ordnungsamt, wann und wo Halteverbotszonen eingerichtet sind\n\n"
            "### Warum das wichtig ist\n\n"
            "Die Schilder müssen in der Regel mindestens 72 Stunden vorher stehen. Je schneller "
            "die Genehmigung vorliegt, desto besser lässt sich ein Umzug planen – und desto "
            "seltener werden Zonen zu spät oder gar nicht eingerichtet."
        ),
        "category": "mobilitaet",
        "tags": ["parken", "umzug", "halteverbot"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Sehr gut. Letztes Jahr musste ich für unseren Umzug zweimal ins Amt, weil die "
                    "Skizze nicht genau genug war."
                ),
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Eine Auswahl auf der Karte würde genau dieses Problem lösen. Technisch "
                    "könnten wir auf der Stadtkarte aufsetzen, die es bereits für die "
                    "Baustelleninformation gibt."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für den Vorschlag! Die Straßenverkehrsbehörde hat Interesse "
                    "signalisiert. Offen ist noch, wie die Gebührenabrechnung angebunden wird."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": (
                            "Schön zu hören. Könnte man in einem ersten Schritt nicht nur den "
                            "Antrag digitalisieren und die Gebühr weiterhin per Rechnung erheben?"
                        ),
                    },
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": (
                            "Das wäre tatsächlich ein denkbarer erster Schritt. Wir nehmen das in "
                            "die Abstimmung mit."
                        ),
                    },
                ],
            },
        ],
        "supporters": 27,
    },
    {
        "title": "Gießpatenschaften für Stadtbäume über eine Online-Karte",
        "summary": (
            "Auf einer Online-Karte können Bürgerinnen und Bürger sehen, welche Straßenbäume "
            "Wasser brauchen, eine Gießpatenschaft übernehmen und eintragen, wann sie gegossen "
            "haben."
        ),
        "description": (
            "In den trockenen Sommern der letzten Jahre haben viele junge Straßenbäume gelitten. "
            "Viele Menschen würden gern helfen, wissen aber nicht, welche Bäume besonders Wasser "
            "brauchen und ob sie schon gegossen wurden.\n\n"
            "### Vorschlag\n\n"
            "- Karte mit allen Straßenbäumen aus dem Baumkataster (Art, Pflanzjahr, Standort)\n"
            "- Hervorhebung junger Bäume mit hohem Wasserbedarf\n"
            "- Gießpatenschaft mit einem Klick übernehmen\n"
            "- eintragen, wann und wie viel gegossen wurde\n"
            "- Hinweise zum richtigen Gießen (lieber selten und viel als oft und wenig)\n\n"
            "### Nutzen\n\n"
            "Die Grünflächenabteilung sieht, wo bereits gegossen wird, und kann ihre Gießfahrzeuge "
            "gezielter einsetzen."
        ),
        "category": "umwelt",
        "tags": ["bäume", "gießpaten", "klimaanpassung", "karte"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Schöne Idee! Könnte man auch öffentliche Wasserstellen auf der Karte zeigen? "
                    "Nicht jeder hat einen Gartenschlauch."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Gute Ergänzung – Straßenbrunnen und öffentliche Wasserstellen gehören "
                            "unbedingt dazu."
                        ),
                    },
                ],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Das Baumkataster kann als offener Datensatz bereitgestellt werden. Damit wäre "
                    "die wichtigste Grundlage schon vorhanden."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die vielen positiven Rückmeldungen. Die Grünflächenabteilung "
                    "möchte im nächsten Frühjahr mit einem Pilotgebiet starten."
                ),
                "replies": [],
            },
        ],
        "supporters": 24,
    },
    {
        "title": "Mängelmelder: Schlaglöcher und Schäden per App melden",
        "summary": (
            "Ein Mängelmelder für Smartphone und Website ermöglicht es, Schlaglöcher, defekte "
            "Straßenlaternen, beschädigte Spielgeräte oder verstopfte Gullys schnell und mit Foto "
            "an die richtige Stelle zu melden."
        ),
        "description": (
            "Wenn ich heute ein Schlagloch oder eine kaputte Laterne melden möchte, muss ich "
            "erst herausfinden, welches Amt zuständig ist, und dann eine E-Mail schreiben. Ob "
            "die Meldung angekommen ist und wann der Schaden behoben wird, erfahre ich nicht.\n\n"
            "### Vorschlag\n\n"
            "Ein zentraler Mängelmelder:\n\n"
            "- Meldung mit Foto, Kategorie und Standort (automatisch per GPS oder auf der Karte)\n"
            "- automatische Weiterleitung an die zuständige Stelle\n"
            "- öffentlich sichtbarer Bearbeitungsstand: eingegangen, in Bearbeitung, erledigt\n"
            "- Hinweis, wenn ein Mangel bereits gemeldet wurde, um doppelte Meldungen zu "
            "vermeiden\n"
            "- Meldung auch ohne Registrierung möglich\n\n"
            "### Nutzen für die Verwaltung\n\n"
            "Die Meldungen kommen strukturiert und mit genauer Ortsangabe an. Außerdem lassen sich "
            "Schwerpunkte erkennen, etwa Straßen, in denen sich Schäden häufen."
        ),
        "category": "smart-city",
        "tags": ["mängelmelder", "straßen", "app", "melden"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": "Endlich! Die Ringstraße hat inzwischen mehr Löcher als Asphalt.",
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Für Mängelmelder gibt es erprobte Open-Source-Lösungen, die bereits von "
                    "mehreren Kommunen gemeinsam genutzt werden. Das würde Kosten sparen."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": (
                            "Das klingt sinnvoll. Hauptsache, die Meldungen landen wirklich bei "
                            "den richtigen Leuten."
                        ),
                    },
                ],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die große Unterstützung! Der Mängelmelder steht auf der "
                    "Prioritätenliste für das nächste Jahr. Wir informieren hier über den "
                    "Fortschritt."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Das freut mich sehr. Bitte auch an kaputte Gehwegplatten denken – für "
                            "Menschen mit Rollator sind sie gefährlich."
                        ),
                    },
                ],
            },
        ],
        "supporters": 37,
    },
    {
        "title": "E-Akte schrittweise in allen Fachämtern einführen",
        "summary": (
            "Nach dem erfolgreichen Pilotbetrieb im Personalamt sollte die elektronische Akte in "
            "allen Fachämtern eingeführt werden, mit einem klaren Zeitplan und begleitenden "
            "Schulungen."
        ),
        "description": (
            "Im Personalamt wird seit einem Jahr erfolgreich mit der E-Akte gearbeitet. Akten "
            "sind jederzeit auffindbar, Vertretungen funktionieren reibungslos, und der "
            "Platzbedarf im Archiv sinkt. In den meisten anderen Ämtern wird dagegen noch "
            "überwiegend auf Papier gearbeitet.\n\n"
            "### Vorschlag\n\n"
            "- Einführung in drei Wellen, beginnend mit den Ämtern mit dem höchsten "
            "Aktenaufkommen\n"
            "- pro Amt eine E-Akte-Beauftragte oder ein E-Akte-Beauftragter als Ansprechperson\n"
            "- Überarbeitung der Aktenpläne vor der Einführung\n"
            "- ersetzendes Scannen der eingehenden Papierpost in der zentralen Poststelle\n"
            "- Schulungen vor dem Start und Sprechstunden in den ersten Wochen\n\n"
            "### Voraussetzungen\n\n"
            "Für die Einführung braucht es ausreichend Arbeitsplätze mit zwei Bildschirmen sowie "
            "eine verbindliche Dienstanweisung zur elektronischen Aktenführung."
        ),
        "category": "verwaltung-intern",
        "tags": ["e-akte", "papierlos", "dms"],
        "internal": True,
        "author": "it-amt@stadt-beispiel.de",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Aus dem Personalamt hört man viel Positives. Wichtig wäre, dass die "
                    "Kolleginnen und Kollegen früh eingebunden werden."
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Ganz klar. Wir planen für jedes Amt einen Auftakt-Workshop, bevor es "
                            "losgeht."
                        ),
                    },
                ],
            },
        ],
        "supporters": 14,
    },
    {
        "title": "Open-Data-Portal für Beispielstadt einrichten",
        "summary": (
            "Die Stadt sollte ihre nicht personenbezogenen Daten – etwa zu Verkehr, Umwelt, "
            "Bevölkerung und Haushalt – in einem Open-Data-Portal maschinenlesbar und unter "
            "offener Lizenz veröffentlichen."
        ),
        "description": (
            "Die Stadt verfügt über viele Daten, die für Bürgerinnen und Bürger, Unternehmen, "
            "Forschung und Presse interessant sind. Bisher werden sie – wenn überhaupt – als "
            "PDF-Tabellen in Berichten veröffentlicht.\n\n"
            "### Vorschlag\n\n"
            "- ein Open-Data-Portal mit Datensätzen in offenen Formaten (CSV, JSON, GeoJSON)\n"
            "- offene Lizenzen, die eine freie Weiterverwendung erlauben\n"
            "- Anbindung an das bundesweite Datenportal, damit die Daten auch dort gefunden "
            "werden\n"
            "- zum Start zum Beispiel Baumkataster, Haltestellen, Wahlergebnisse, "
            "Bevölkerungsstatistik sowie Standorte von Kitas und Schulen\n"
            "- Möglichkeit, Wünsche für neue Datensätze einzureichen\n\n"
            "### Warum?\n\n"
            "Offene Daten schaffen Transparenz und ermöglichen neue Anwendungen, die die Stadt "
            "selbst nie entwickeln würde.\n\n"
            "Beispiele für offene Verwaltungsdaten: https://www.govdata.de"
        ),
        "category": "offene-daten",
        "tags": ["open data", "transparenz", "portal"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Sehr gute Idee! Bitte auch auf eine gute Beschreibung der Daten achten, damit "
                    "man sie ohne Vorkenntnisse versteht."
                ),
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Ein Portal ist in Vorbereitung. Wir starten mit rund 30 Datensätzen und "
                    "erweitern das Angebot schrittweise."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": "Super! Gibt es schon einen Termin für den Start?",
                    },
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Geplant ist der Start im Herbst. Wir melden uns hier, sobald es so "
                            "weit ist."
                        ),
                    },
                ],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Welche Datensätze wünschen Sie sich am meisten? Ihre Vorschläge helfen uns "
                    "bei der Priorisierung."
                ),
                "replies": [],
            },
        ],
        "supporters": 25,
    },
    {
        "title": "Ummeldung online: Wohnsitzwechsel ohne Behördengang",
        "summary": (
            "Wer innerhalb der Stadt umzieht, sollte die Ummeldung vollständig online erledigen "
            "können – mit dem Online-Ausweis und ohne persönlichen Termin im Bürgeramt."
        ),
        "description": (
            "Nach einem Umzug muss man sich innerhalb von zwei Wochen ummelden. In der Praxis "
            "bedeutet das: Termin suchen, Urlaub nehmen, Wohnungsgeberbestätigung ausdrucken und "
            "persönlich vorbeibringen. Dabei ist die elektronische Wohnsitzanmeldung im Rahmen "
            "des Onlinezugangsgesetzes längst vorgesehen.\n\n"
            "### Was ich mir wünsche\n\n"
            "- Ummeldung über das Serviceportal mit dem Online-Ausweis\n"
            "- Wohnungsgeberbestätigung digital hochladen oder direkt von der Vermieterseite "
            "übermitteln lassen\n"
            "- neue Anschrift per Smartphone auf dem Chip des Ausweises aktualisieren, der "
            "Adressaufkleber kommt per Post\n"
            "- Meldebescheinigung als PDF zum Herunterladen\n\n"
            "Mehr Informationen zum Onlinezugangsgesetz: https://www.onlinezugangsgesetz.de"
        ),
        "category": "buergerservice",
        "tags": ["ummeldung", "ozg", "online-ausweis"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Das würde mir sehr helfen. Wie funktioniert das für Familien – kann man die "
                    "Kinder gleich mit ummelden?"
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Ja, nach aktuellem Stand können Personen, die gemeinsam umziehen, in "
                            "einem Vorgang gemeldet werden. Wir informieren hier, sobald es einen "
                            "Starttermin gibt."
                        ),
                    },
                ],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Idee. Die Stadt beteiligt sich am landesweiten Vorhaben "
                    "zur elektronischen Wohnsitzanmeldung; wir halten Sie auf dem Laufenden."
                ),
                "replies": [],
            },
        ],
        "supporters": 29,
    },
    {
        "title": "Leihgeräte für Schülerinnen und Schüler ohne eigenes Tablet",
        "summary": (
            "Schülerinnen und Schüler, deren Familien sich kein eigenes Gerät leisten können, "
            "sollten unkompliziert ein Tablet oder Notebook von der Schule ausleihen können."
        ),
        "description": (
            "Hausaufgaben, Lernplattformen und Referate setzen inzwischen voraus, dass zu Hause "
            "ein Gerät verfügbar ist. Nicht jede Familie kann sich das leisten, vor allem wenn "
            "mehrere Kinder gleichzeitig lernen.\n\n"
            "Vorschlag für einen Leihgeräte-Pool:\n\n"
            "- Geräte werden zentral vom Schulträger eingerichtet und verwaltet\n"
            "- Ausleihe über das Sekretariat für ein Schuljahr, ohne aufwendige Nachweise\n"
            "- vorinstallierte Lernsoftware und Jugendschutzeinstellungen\n"
            "- Reparatur- und Austauschservice bei Defekten\n\n"
            "Wichtig ist, dass die Ausleihe diskret erfolgt und sich niemand dafür rechtfertigen "
            "muss."
        ),
        "category": "bildung",
        "tags": ["schule", "tablets", "chancengleichheit"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Wie sieht es mit der Internetverbindung zu Hause aus? Ein Gerät allein reicht "
                    "manchmal nicht."
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Ein guter Punkt. In Einzelfällen wurden bereits mobile Router "
                            "ausgegeben. Wir prüfen, ob sich das dauerhaft anbieten lässt."
                        ),
                    },
                ],
            },
        ],
        "supporters": 19,
    },
    {
        "title": "Anwohnerparkausweis digital beantragen",
        "summary": (
            "Anwohnerparkausweise sollten online beantragt, verlängert und bezahlt werden können. "
            "Bei einem Fahrzeugwechsel sollte eine kurze Online-Meldung genügen."
        ),
        "description": (
            "Für meinen Anwohnerparkausweis muss ich jedes Jahr mit Fahrzeugschein und "
            "Meldebescheinigung ins Bürgeramt. Bei einem Fahrzeugwechsel geht das Ganze wieder "
            "von vorne los.\n\n"
            "### Vorschlag\n\n"
            "- Antrag und Verlängerung über das Serviceportal der Stadt\n"
            "- automatische Prüfung der Meldeadresse über das Melderegister\n"
            "- Fahrzeugschein als Foto hochladen\n"
            "- Gebühr online bezahlen\n"
            "- digitaler Parkausweis, der mit dem Kennzeichen verknüpft ist, sodass der "
            "Papierausweis hinter der Windschutzscheibe entfallen kann\n\n"
            "Bei Kontrollen könnte das Ordnungsamt das Kennzeichen mit einem mobilen Gerät prüfen. "
            "Für Menschen ohne Internetzugang bleibt der Weg über das Bürgeramt natürlich "
            "bestehen."
        ),
        "category": "mobilitaet",
        "tags": ["parken", "anwohnerparken", "online"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Wie würde das bei Dienstwagen oder geleasten Fahrzeugen funktionieren? Da "
                    "steht ja nicht mein Name im Fahrzeugschein."
                ),
                "replies": [
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": (
                            "Vielen Dank für die Frage. Dafür genügt in der Regel eine Bestätigung "
                            "des Arbeitgebers oder des Leasinggebers, die ebenfalls hochgeladen "
                            "werden könnte."
                        ),
                    },
                ],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Die Online-Beantragung ist für das kommende Jahr geplant. Den rein digitalen "
                    "Ausweis ohne Papier prüfen wir noch, da dafür die Kontrollgeräte des "
                    "Ordnungsamts angepasst werden müssen."
                ),
                "replies": [],
            },
        ],
        "supporters": 22,
    },
    {
        "title": "Pegelsensoren an kleinen Bächen zur Hochwasser-Frühwarnung",
        "summary": (
            "An den kleinen Bächen im Stadtgebiet sollten Sensoren die Wasserstände messen und bei "
            "schnell steigenden Pegeln frühzeitig warnen, denn bei Starkregen steigen sie oft "
            "innerhalb von Minuten."
        ),
        "description": (
            "Beim Starkregen im letzten Sommer ist der Mühlbach innerhalb einer Stunde über die "
            "Ufer getreten. Mehrere Keller in der Talstraße sind vollgelaufen, und die "
            "Anwohnenden wurden davon völlig überrascht.\n\n"
            "### Vorschlag\n\n"
            "- Pegelsensoren an den gefährdeten Stellen der kleineren Bäche\n"
            "- Übertragung der Messwerte über ein stromsparendes Funknetz\n"
            "- öffentliche Webseite mit den aktuellen Pegelständen\n"
            "- automatische Warnung an die Feuerwehr und auf Wunsch per E-Mail oder Warn-App an "
            "Anwohnende\n\n"
            "Für die großen Flüsse gibt es amtliche Pegel. Für kleine Gewässer fehlt ein solches "
            "Frühwarnsystem meist – dabei richten gerade sie bei Starkregen große Schäden an."
        ),
        "category": "umwelt",
        "tags": ["hochwasser", "sensoren", "starkregen"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Unbedingt. Wir wohnen auch in der Nähe des Bachs und haben seitdem bei jedem "
                    "starken Regen Angst."
                ),
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Sensoren dieser Art sind mittlerweile recht günstig. Sie ließen sich gut mit "
                    "dem geplanten Funknetz für Sensoren kombinieren (siehe die Idee im Bereich "
                    "Smart City)."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": (
                            "Das klingt nach einem guten Gesamtpaket. Danke für die Einschätzung!"
                        ),
                    },
                ],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank! Wir haben die Idee an die Feuerwehr und die Stabsstelle "
                    "Klimaanpassung weitergegeben."
                ),
                "replies": [],
            },
        ],
        "supporters": 19,
    },
    {
        "title": "Intelligente Straßenbeleuchtung mit Bewegungssensoren",
        "summary": (
            "In Nebenstraßen und auf Radwegen könnte die Straßenbeleuchtung nachts gedimmt werden "
            "und sich bei Bewegung automatisch heller schalten. Das spart Energie und schont "
            "Insekten."
        ),
        "description": (
            "Viele Nebenstraßen und Radwege sind die ganze Nacht hell beleuchtet, auch wenn dort "
            "stundenlang niemand unterwegs ist. Gleichzeitig gibt es Wege, auf denen man sich im "
            "Dunkeln unsicher fühlt, weil die Beleuchtung nachts abgeschaltet wird.\n\n"
            "### Vorschlag\n\n"
            "- Umrüstung auf LED-Leuchten mit Bewegungssensoren\n"
            "- Grundhelligkeit von etwa 20 Prozent, bei Bewegung für einige Minuten volle "
            "Helligkeit\n"
            "- warmweißes Licht, um nachtaktive Insekten zu schonen\n"
            "- Fernüberwachung, damit defekte Leuchten automatisch gemeldet werden\n\n"
            "So ließen sich Energie und Kosten sparen, ohne dass die Sicherheit leidet."
        ),
        "category": "smart-city",
        "tags": ["beleuchtung", "energie", "insektenschutz"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Auf dem Radweg am Kanal wäre das ideal. Dort ist es ab 23 Uhr stockdunkel."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Idee. Die Stadtwerke stellen die Beleuchtung bereits "
                    "schrittweise auf LED um. Die Bewegungssteuerung wird derzeit auf zwei "
                    "Teststrecken erprobt."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Super! Wo sind die Teststrecken? Dann schaue ich mir das einmal an."
                        ),
                    },
                ],
            },
        ],
        "supporters": 20,
    },
    {
        "title": "Digitale Signatur für interne Freigaben und Verträge",
        "summary": (
            "Interne Freigaben, Vermerke und Verträge sollten elektronisch signiert werden können, "
            "statt Dokumente auszudrucken, zu unterschreiben und wieder einzuscannen."
        ),
        "description": (
            "Ein Vermerk durchläuft heute oft drei bis vier Unterschriften. Dafür wird er "
            "ausgedruckt, per Hauspost verschickt, unterschrieben, eingescannt und abgelegt. Bei "
            "Urlaub oder mobiler Arbeit bleibt der Vorgang liegen.\n\n"
            "### Vorschlag\n\n"
            "- fortgeschrittene elektronische Signatur für interne Freigaben und Mitzeichnungen\n"
            "- qualifizierte elektronische Signatur für Verträge und Dokumente, bei denen die "
            "Schriftform vorgeschrieben ist\n"
            "- Integration in die E-Akte, damit der Freigabeweg nachvollziehbar dokumentiert "
            "wird\n"
            "- klare Regelung, welche Dokumente welche Signaturstufe benötigen\n\n"
            "Die Durchlaufzeiten würden deutlich sinken, und Papier, Druck und Hauspost entfallen."
        ),
        "category": "verwaltung-intern",
        "tags": ["signatur", "freigaben", "e-akte"],
        "internal": True,
        "author": "it-amt@stadt-beispiel.de",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Gibt es schon eine Übersicht, welche Dokumente bei uns tatsächlich die "
                    "Schriftform brauchen? Das wäre ein guter erster Schritt."
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Noch nicht vollständig. Das Rechtsamt erarbeitet gerade eine "
                            "Übersicht, die wir dann als Grundlage nutzen."
                        ),
                    },
                ],
            },
        ],
        "supporters": 11,
    },
    {
        "title": "Ratsinformationssystem modernisieren und durchsuchbar machen",
        "summary": (
            "Das Ratsinformationssystem sollte auf dem Smartphone gut nutzbar sein, eine "
            "Volltextsuche bieten und Benachrichtigungen zu Themen oder Stadtteilen ermöglichen."
        ),
        "description": (
            "Wer wissen möchte, was der Rat zu einem bestimmten Thema beschlossen hat, muss sich "
            "durch verschachtelte Menüs und gescannte PDFs klicken. Auf dem Smartphone ist das "
            "Ratsinformationssystem kaum bedienbar.\n\n"
            "### Vorschlag\n\n"
            "- Volltextsuche über alle Vorlagen, Protokolle und Beschlüsse\n"
            "- Dokumente als durchsuchbare, barrierefreie PDFs statt als Scans\n"
            "- Benachrichtigung per E-Mail, wenn ein Thema oder ein Stadtteil auf der "
            "Tagesordnung steht\n"
            "- gut lesbare Darstellung auf dem Smartphone\n"
            "- Schnittstelle nach dem offenen Standard für Ratsinformationssysteme (OParl)\n\n"
            "So können Bürgerinnen und Bürger kommunalpolitische Entscheidungen besser verfolgen."
        ),
        "category": "offene-daten",
        "tags": ["ratsinformationssystem", "kommunalpolitik", "transparenz"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Die Benachrichtigungsfunktion fände ich großartig. Ich verpasse ständig "
                    "Themen, die meinen Stadtteil betreffen."
                ),
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Der Vertrag für das aktuelle Ratsinformationssystem läuft in zwei Jahren aus. "
                    "Ihre Anforderungen nehmen wir in die Ausschreibung auf."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Vielen Dank! Bitte auch daran denken, die alten Dokumente in das neue "
                            "System zu übernehmen."
                        ),
                    },
                ],
            },
        ],
        "supporters": 21,
    },
    {
        "title": "Digitale Wartemarke mit SMS-Benachrichtigung im Bürgeramt",
        "summary": (
            "Wer ohne Termin ins Bürgeramt kommt, zieht eine Wartenummer und bekommt eine "
            "Nachricht aufs Handy, kurz bevor er an der Reihe ist. So lässt sich die Wartezeit "
            "sinnvoll nutzen, statt im Flur zu sitzen."
        ),
        "description": (
            "Im Wartebereich des Bürgeramts ist es besonders montags oft voll und stickig. Viele "
            "Menschen warten über eine Stunde, ohne zu wissen, wann sie aufgerufen werden.\n\n"
            "Mein Vorschlag: Beim Ziehen der Wartemarke kann man freiwillig seine Handynummer "
            "angeben oder einen QR-Code scannen. Auf einer einfachen Webseite sieht man dann, "
            "wie viele Personen noch vor einem sind.\n\n"
            "- Benachrichtigung etwa 15 Minuten vor dem Aufruf\n"
            "- aktuelle Wartezeit auch auf der Website der Stadt anzeigen\n"
            "- keine Pflicht zur Angabe der Nummer, die klassische Anzeige im Wartebereich "
            "bleibt\n\n"
            "Dann könnte man in der Zwischenzeit einen Kaffee trinken oder eine Besorgung in der "
            "Innenstadt erledigen."
        ),
        "category": "buergerservice",
        "tags": ["bürgeramt", "wartezeit"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Gute Idee, vor allem die Anzeige der aktuellen Wartezeit auf der Website. "
                    "Dann kann man spontan entscheiden, ob sich der Weg lohnt."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Wie lange sollen die Handynummern gespeichert werden? Aus Datenschutzsicht "
                    "wäre eine Löschung am selben Tag wichtig."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Ja, unbedingt. Die Nummer wird ja nur für den einen Aufruf gebraucht."
                        ),
                    },
                ],
            },
        ],
        "supporters": 18,
    },
    {
        "title": "Kita-Platz-Portal mit zentraler Vormerkung",
        "summary": (
            "Eltern sollen ihr Kind über ein zentrales Online-Portal für mehrere Kitas "
            "gleichzeitig vormerken und den Stand ihrer Anfrage jederzeit einsehen können."
        ),
        "description": (
            "Auf der Suche nach einem Kita-Platz haben wir uns bei neun Einrichtungen einzeln "
            "gemeldet, Formulare per E-Mail geschickt und regelmäßig nachtelefoniert. Die Kitas "
            "wiederum führen eigene Wartelisten, auf denen viele Kinder mehrfach stehen.\n\n"
            "### Vorschlag: ein gemeinsames Kita-Portal\n\n"
            "- Übersicht aller Kitas in städtischer und freier Trägerschaft mit Karte, "
            "Öffnungszeiten und pädagogischem Konzept\n"
            "- eine einzige Vormerkung mit bis zu fünf Wunscheinrichtungen in Reihenfolge\n"
            "- Statusanzeige: vorgemerkt, Platzangebot, angenommen\n"
            "- Platzangebote online annehmen oder ablehnen, damit frei werdende Plätze schnell "
            "weitergegeben werden\n\n"
            "### Vorteile\n\n"
            "- weniger Doppelanmeldungen und realistischere Wartelisten\n"
            "- bessere Bedarfsplanung für das Jugendamt\n"
            "- deutlich weniger Stress für Eltern\n\n"
            "Andere Städte nutzen solche Portale schon seit Jahren mit Erfolg."
        ),
        "category": "bildung",
        "tags": ["kita", "portal", "eltern"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Das ist aus meiner Sicht die wichtigste Idee auf der ganzen Plattform. Wir "
                    "haben acht Monate gesucht."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die ausführliche Beschreibung. Das Jugendamt hat bestätigt, "
                    "dass ein Kita-Portal in Planung ist. Offen ist noch, wie die freien Träger "
                    "eingebunden werden."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Danke für die Rückmeldung! Es wäre schön, wenn die freien Träger von "
                            "Anfang an mitmachen, sonst bleibt es ein halbes System."
                        ),
                    },
                    {
                        "author": "buerger@example.org",
                        "text": "Dem schließe ich mich an.",
                    },
                ],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Zur Einordnung beim Datenschutz: Gespeichert würden nur die Daten, die für "
                    "die Platzvergabe nötig sind. Nach Abschluss der Vergabe werden sie gelöscht."
                ),
                "replies": [],
            },
        ],
        "supporters": 38,
    },
    {
        "title": "Echtzeit-Abfahrtsanzeigen an allen Bushaltestellen",
        "summary": (
            "An den wichtigsten Bushaltestellen sollten digitale Anzeigen mit den tatsächlichen "
            "Abfahrtszeiten stehen. An kleineren Haltestellen genügt ein QR-Code, der zur "
            "Echtzeitauskunft führt."
        ),
        "description": (
            "Im Winter an der Haltestelle zu stehen, ohne zu wissen, ob und wann der Bus kommt, "
            "ist ärgerlich. Die Busse sind mit GPS ausgestattet, die Daten werden aber nur an "
            "wenigen Haltestellen angezeigt.\n\n"
            "### Vorschlag\n\n"
            "- dynamische Anzeigen an allen Haltestellen mit mehr als 500 Ein- und Aussteigenden "
            "pro Tag\n"
            "- an allen anderen Haltestellen ein QR-Code am Haltestellenschild, der die "
            "Abfahrten in Echtzeit anzeigt\n"
            "- Vorlesefunktion per Knopfdruck für sehbehinderte Fahrgäste\n"
            "- Hinweise auf Störungen und Umleitungen\n\n"
            "Das macht den Bus verlässlicher und damit attraktiver als Alternative zum Auto."
        ),
        "category": "mobilitaet",
        "tags": ["bus", "echtzeit", "nahverkehr"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Die QR-Codes wären eine günstige Lösung, die man sofort umsetzen könnte. "
                    "Daumen hoch!"
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für den Hinweis. Die Verkehrsbetriebe planen, in den nächsten "
                    "zwei Jahren weitere 40 Anzeigen aufzustellen. Die Idee mit den QR-Codes geben "
                    "wir gern weiter."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": (
                            "Danke! Bitte auch an die Haltestellen in den Außenbezirken denken. "
                            "Dort fahren die Busse seltener, und die Information ist besonders "
                            "wertvoll."
                        ),
                    },
                ],
            },
        ],
        "supporters": 24,
    },
    {
        "title": "Wilde Müllablagerungen per Foto melden",
        "summary": (
            "Illegale Müllablagerungen an Waldrändern, Containerstellplätzen und in Parks sollten "
            "mit Foto und Standort schnell gemeldet und zeitnah beseitigt werden können."
        ),
        "description": (
            "An den Glascontainern in unserer Straße stehen fast jede Woche Säcke, Kartons und "
            "manchmal sogar Möbel. Bis das jemand meldet und die Stadtreinigung kommt, vergehen "
            "oft Tage.\n\n"
            "Vorschlag:\n\n"
            "- Meldung über Website oder Smartphone mit Foto und automatisch ermitteltem "
            "Standort\n"
            "- direkte Weiterleitung an die Stadtreinigung\n"
            "- Rückmeldung, sobald die Ablagerung entfernt wurde\n"
            "- Auswertung der Schwerpunkte, um dort häufiger zu kontrollieren oder gezielter zu "
            "informieren\n\n"
            "Die Funktion könnte Teil eines allgemeinen Mängelmelders sein, damit es nicht für "
            "jedes Thema eine eigene Anwendung gibt."
        ),
        "category": "umwelt",
        "tags": ["müll", "stadtreinigung", "melden"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Das sollte unbedingt in den Mängelmelder integriert werden, statt eine eigene "
                    "App zu bauen."
                ),
                "replies": [
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": (
                            "Vielen Dank für den Hinweis, das sehen wir genauso. Wir haben die "
                            "beiden Ideen miteinander verknüpft."
                        ),
                    },
                ],
            },
        ],
        "supporters": 12,
    },
    {
        "title": "Kostenloses öffentliches WLAN in der Innenstadt",
        "summary": (
            "Am Marktplatz, in der Fußgängerzone, am Bahnhof und in öffentlichen Gebäuden sollte "
            "es freies WLAN geben – ohne Registrierung und mit klaren Datenschutzregeln."
        ),
        "description": (
            "Besucherinnen und Besucher der Stadt, Schülerinnen und Schüler sowie Menschen mit "
            "kleinem Datenvolumen würden von einem öffentlichen WLAN profitieren. Auch für den "
            "Einzelhandel in der Innenstadt wäre es ein Gewinn, wenn Kundinnen und Kunden länger "
            "bleiben.\n\n"
            "### Vorschlag\n\n"
            "- freies WLAN an zentralen Plätzen, im Bahnhof, in den Bürgerämtern und "
            "Bibliotheken\n"
            "- Zugang ohne Registrierung, nur mit Bestätigung der Nutzungsbedingungen\n"
            "- keine Speicherung von Bewegungsprofilen\n"
            "- Startseite mit Informationen zu Veranstaltungen und städtischen Online-Diensten\n\n"
            "Weitere Informationen zur Digitalisierung in Beispielstadt: "
            "https://www.stadt-beispiel.de/digitalisierung"
        ),
        "category": "smart-city",
        "tags": ["wlan", "innenstadt", "datenschutz"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Bitte auch in den Bussen! Gerade für Pendlerinnen und Pendler wäre das super."
                ),
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Im Rathaus und in der Stadtbibliothek gibt es bereits freies WLAN. Eine "
                    "Ausweitung auf den Marktplatz wird gerade technisch geprüft."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Welche Orte fehlen Ihrer Meinung nach am dringendsten? Schreiben Sie es gern "
                    "in die Kommentare."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": "Ganz klar: Bahnhofsvorplatz und Busbahnhof.",
                    },
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Ich würde noch den Stadtpark ergänzen, dort sitzen im Sommer viele "
                            "Studierende."
                        ),
                    },
                ],
            },
        ],
        "supporters": 25,
    },
    {
        "title": "Zentrales Ticketsystem für IT-Anfragen",
        "summary": (
            "Alle IT-Anfragen sollten über ein zentrales Ticketsystem laufen, damit nichts "
            "verloren geht und jede Anfrage einen nachvollziehbaren Status hat."
        ),
        "description": (
            "IT-Probleme werden heute per E-Mail, Telefon oder auf dem Flur gemeldet. Wer gerade "
            "Zeit hat, kümmert sich darum – oder eben nicht. Für die Beschäftigten ist nicht "
            "erkennbar, ob ihre Anfrage angekommen ist.\n\n"
            "### Vorschlag\n\n"
            "- ein Self-Service-Portal im Intranet mit Formularen für häufige Anliegen (neues "
            "Passwort, Softwarewunsch, Druckerproblem)\n"
            "- automatische Ticketnummer und Statusmeldungen per E-Mail\n"
            "- klare Prioritäten und Reaktionszeiten\n"
            "- Wissensdatenbank mit Anleitungen zur Selbsthilfe\n\n"
            "### Nutzen\n\n"
            "- das IT-Amt erhält einen Überblick über wiederkehrende Probleme\n"
            "- Anfragen gehen bei Urlaub und Krankheit nicht verloren\n"
            "- die Beschäftigten wissen, woran sie sind"
        ),
        "category": "verwaltung-intern",
        "tags": ["it-support", "ticketsystem", "intranet"],
        "internal": True,
        "author": "moderation@stadt-beispiel.de",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für den Vorschlag, den wir voll unterstützen. Eine "
                    "Open-Source-Lösung ist bereits in der Testphase, der Start ist für das zweite "
                    "Quartal geplant."
                ),
                "replies": [
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": (
                            "Sehr gut. Könnten wir als Moderationsteam an den Tests teilnehmen?"
                        ),
                    },
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": "Gern, wir melden uns mit einem Termin.",
                    },
                ],
            },
        ],
        "supporters": 16,
    },
    {
        "title": "Interaktiver Haushalt: Wofür gibt die Stadt ihr Geld aus?",
        "summary": (
            "Der städtische Haushalt sollte als interaktive Grafik aufbereitet werden, in der man "
            "sich von den großen Ausgabenblöcken bis zu einzelnen Produkten durchklicken kann."
        ),
        "description": (
            "Der Haushaltsplan der Stadt umfasst mehrere Hundert Seiten und ist für Laien kaum "
            "verständlich. Dabei interessieren sich viele Menschen dafür, wie viel Geld etwa für "
            "Schulen, Straßen oder Kultur ausgegeben wird.\n\n"
            "### Vorschlag\n\n"
            "- interaktive Darstellung der Erträge und Aufwendungen, zum Beispiel als Kacheln "
            "oder Kreisdiagramm\n"
            "- Vergleich mit den Vorjahren\n"
            "- Erläuterungen in einfacher Sprache\n"
            "- Beispielrechnung: „Wie viel zahlt ein durchschnittlicher Haushalt für welchen "
            "Bereich?“\n"
            "- Haushaltsdaten zusätzlich als offene Daten\n\n"
            "Mehr Transparenz kann auch das Verständnis für schwierige Entscheidungen stärken, "
            "etwa bei notwendigen Einsparungen."
        ),
        "category": "offene-daten",
        "tags": ["haushalt", "finanzen", "transparenz"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Idee. Die Kämmerei findet den Vorschlag gut und möchte "
                    "zum nächsten Haushalt einen Prototyp vorstellen."
                ),
                "replies": [],
            },
            {
                "author": "buergerin@example.org",
                "text": (
                    "Gern auch mit der Möglichkeit, Vorschläge für den nächsten Haushalt "
                    "einzubringen – wie bei einem Bürgerhaushalt."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": "Gute Idee, das wäre der logische nächste Schritt.",
                    },
                ],
            },
        ],
        "supporters": 19,
    },
    {
        "title": "Bearbeitungsstand von Anträgen online abfragen",
        "summary": (
            "Antragstellende sollen mit einer Vorgangsnummer jederzeit sehen können, in welchem "
            "Bearbeitungsschritt sich ihr Antrag befindet. Das entlastet auch die Sachbearbeitung "
            "von telefonischen Nachfragen."
        ),
        "description": (
            "Ich habe vor einigen Wochen einen Antrag auf Wohngeld gestellt und weiß bis heute "
            "nicht, ob alle Unterlagen vollständig sind. Telefonisch ist die zuständige Stelle "
            "schwer zu erreichen, und E-Mails werden verständlicherweise nicht sofort "
            "beantwortet.\n\n"
            "### Vorschlag\n\n"
            "Jeder Antrag erhält eine Vorgangsnummer. Über eine Statusseite (mit Vorgangsnummer "
            "und Geburtsdatum oder über das Nutzerkonto) ist sichtbar:\n\n"
            "- Eingang bestätigt\n"
            "- Unterlagen vollständig oder Unterlagen fehlen (mit Angabe, welche)\n"
            "- in Bearbeitung\n"
            "- Bescheid versandt\n\n"
            "Paketdienste machen seit Jahren vor, dass eine solche Sendungsverfolgung gut "
            "funktioniert. Für die Verwaltung wäre es ein großer Schritt hin zu mehr Transparenz."
        ),
        "category": "buergerservice",
        "tags": ["anträge", "transparenz", "status"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Technisch hängt das davon ab, ob das jeweilige Fachverfahren eine "
                    "Schnittstelle anbietet. Für einige Verfahren ist das bereits möglich, für "
                    "andere leider noch nicht."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": (
                            "Dann wäre es doch ein guter Anfang, mit den Verfahren zu starten, bei "
                            "denen es schon geht."
                        ),
                    },
                ],
            },
            {
                "author": "buergerin@example.org",
                "text": (
                    "Unbedingt! Vor allem die Info, welche Unterlagen noch fehlen, würde viel Zeit "
                    "sparen."
                ),
                "replies": [],
            },
        ],
        "supporters": 12,
    },
    {
        "title": "Ganztagsbetreuung an Grundschulen online anmelden",
        "summary": (
            "Die Anmeldung zur Offenen Ganztagsschule und zur Ferienbetreuung sollte über ein "
            "Online-Formular möglich sein, statt über Papierbögen, die im Ranzen verloren gehen."
        ),
        "description": (
            "Jedes Frühjahr bekommen wir einen mehrseitigen Anmeldebogen für die Offene "
            "Ganztagsschule mit nach Hause. Der Bogen muss unterschrieben zurück, und die "
            "Einkommensnachweise für die Beitragsberechnung werden separat beim Jugendamt "
            "eingereicht.\n\n"
            "Vorschlag:\n\n"
            "- ein gemeinsames Online-Formular für Ganztag und Ferienbetreuung\n"
            "- Einkommensnachweise direkt hochladen\n"
            "- Beitragsbescheid digital erhalten\n"
            "- Änderungen, zum Beispiel bei den Abholzeiten, online mitteilen\n\n"
            "Mit dem Rechtsanspruch auf Ganztagsbetreuung werden die Anmeldezahlen steigen. Ein "
            "digitales Verfahren würde Schulen, Träger und Eltern gleichermaßen entlasten."
        ),
        "category": "bildung",
        "tags": ["ganztag", "schule", "anmeldung"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank! Das ist eine gute Ergänzung zur Idee mit dem Kita-Portal. Es "
                    "wäre sinnvoll, beides auf derselben Plattform umzusetzen."
                ),
                "replies": [],
            },
        ],
        "supporters": 11,
    },
    {
        "title": "Lücken im Radwegenetz auf einer Karte melden",
        "summary": (
            "Radfahrende sollten gefährliche Stellen, fehlende Verbindungen und schlechte "
            "Oberflächen direkt auf einer Online-Karte markieren können. Die Meldungen helfen bei "
            "der Radverkehrsplanung."
        ),
        "description": (
            "Viele Radwege in Beispielstadt enden plötzlich oder führen über holprige Gehwege. "
            "Die Verwaltung kennt sicher viele dieser Stellen, aber nicht alle.\n\n"
            "Vorschlag:\n\n"
            "- Online-Karte, auf der Punkte und Strecken markiert werden können\n"
            "- Kategorien wie „Lücke im Netz“, „gefährliche Kreuzung“, „schlechter Belag“ oder "
            "„fehlende Abstellmöglichkeit“\n"
            "- andere Nutzerinnen und Nutzer können Meldungen bestätigen, damit Schwerpunkte "
            "sichtbar werden\n"
            "- die Verwaltung kennzeichnet, welche Stellen bereits in Planung sind\n\n"
            "Die Ergebnisse könnten direkt in die Fortschreibung des Radverkehrskonzepts "
            "einfließen."
        ),
        "category": "mobilitaet",
        "tags": ["radverkehr", "karte", "beteiligung"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Gibt es so eine Karte nicht schon vom örtlichen Radverkehrsverein? Vielleicht "
                    "könnte man sich zusammentun."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Die gibt es, aber die Verwaltung reagiert dort nicht auf Meldungen. "
                            "Eine offizielle Karte hätte mehr Gewicht."
                        ),
                    },
                ],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Idee. Für die Fortschreibung des Radverkehrskonzepts ist "
                    "ohnehin eine Online-Beteiligung geplant. Wir schlagen vor, Ihre Idee dort "
                    "einzubringen."
                ),
                "replies": [],
            },
        ],
        "supporters": 13,
    },
    {
        "title": "Abfallkalender als Kalender-Abo mit Erinnerung",
        "summary": (
            "Die Abfuhrtermine für die eigene Adresse sollten als Kalender-Abo für Smartphone und "
            "Computer verfügbar sein, mit optionaler Erinnerung am Vorabend."
        ),
        "description": (
            "Der Abfallkalender kommt einmal im Jahr als Papierheft. Wenn Termine wegen "
            "Feiertagen verschoben werden, vergisst man das leicht – und die Tonne bleibt eine "
            "weitere Woche voll.\n\n"
            "### Vorschlag\n\n"
            "- Abfuhrtermine nach Straße und Hausnummer abrufbar\n"
            "- Kalender-Abo im iCalendar-Format (.ics), das sich bei Änderungen automatisch "
            "aktualisiert\n"
            "- Erinnerung am Vorabend per E-Mail oder Push-Nachricht\n"
            "- Hinweise auf Sondertermine wie Schadstoffmobil oder Weihnachtsbaumabholung\n"
            "- die Termine zusätzlich als offene Daten veröffentlichen\n\n"
            "Der Papierkalender kann für alle, die ihn möchten, natürlich bleiben."
        ),
        "category": "umwelt",
        "tags": ["abfall", "kalender", "erinnerung"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Das wäre wirklich praktisch. Ich stelle die Tonne gefühlt jedes zweite Mal in "
                    "der falschen Woche raus."
                ),
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Der Abfallwirtschaftsbetrieb stellt die Termine intern bereits als Datei "
                    "bereit. Ein Kalender-Abo wäre mit wenig Aufwand machbar."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": "Prima, dann hoffe ich auf eine schnelle Umsetzung!",
                    },
                ],
            },
        ],
        "supporters": 22,
    },
    {
        "title": "Digitale Infostelen am Marktplatz und am Bahnhof",
        "summary": (
            "Barrierefreie digitale Infostelen am Marktplatz und am Bahnhof könnten "
            "Veranstaltungen, Wegweiser und aktuelle Meldungen der Stadt anzeigen."
        ),
        "description": (
            "Wer neu in der Stadt ist oder als Gast ankommt, sucht oft nach Informationen: Wo "
            "ist das Bürgeramt, was findet heute statt, wo fährt der nächste Bus?\n\n"
            "Vorschlag:\n\n"
            "- zwei bis drei digitale Infostelen an zentralen Orten\n"
            "- Stadtplan mit Wegweisern, aktuellen Veranstaltungen und Abfahrtszeiten\n"
            "- Bedienung auch für Menschen im Rollstuhl und mit Sehbehinderung\n"
            "- Informationen in mehreren Sprachen\n"
            "- keine Werbung und keine Kameras\n\n"
            "Die Inhalte könnten automatisch aus dem Veranstaltungskalender und den "
            "Nahverkehrsdaten eingespielt werden."
        ),
        "category": "smart-city",
        "tags": ["information", "tourismus", "barrierefreiheit"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Ehrlich gesagt halte ich das für verzichtbar. Fast alle haben ein Smartphone, "
                    "und solche Stelen kosten viel in der Wartung."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Das stimmt für viele, aber nicht für alle. Vielleicht reicht ja eine "
                            "einzige Stele am Bahnhof als Test."
                        ),
                    },
                ],
            },
        ],
        "supporters": 0,
    },
    {
        "title": "Fortbildungsreihe „Digital im Amt“ für alle Beschäftigten",
        "summary": (
            "Eine praxisnahe Fortbildungsreihe soll alle Beschäftigten fit für E-Akte, "
            "Videokonferenzen, Datenschutz und digitale Zusammenarbeit machen."
        ),
        "description": (
            "Mit jeder neuen Software kommt eine kurze Einweisung, danach sind die Kolleginnen "
            "und Kollegen auf sich gestellt. Viele trauen sich nicht zu fragen oder haben "
            "schlicht keine Zeit für lange Seminare.\n\n"
            "### Vorschlag\n\n"
            "- kurze Lerneinheiten von 30 bis 45 Minuten, online und in Präsenz\n"
            "- Themen: E-Akte, sicheres Arbeiten mit E-Mail, Videokonferenzen, Datenschutz, "
            "barrierefreie Dokumente\n"
            "- Digitallotsinnen und Digitallotsen in jedem Amt als erste Ansprechpersonen\n"
            "- Lernvideos und Anleitungen im Intranet zum Nachschlagen\n"
            "- Fortbildungszeit ist Arbeitszeit und wird von den Führungskräften aktiv "
            "ermöglicht\n\n"
            "Digitalisierung gelingt nur, wenn die Menschen mitgenommen werden, die täglich damit "
            "arbeiten."
        ),
        "category": "verwaltung-intern",
        "tags": ["fortbildung", "digitalkompetenz", "personal"],
        "internal": True,
        "author": "moderation@stadt-beispiel.de",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Wir unterstützen das gern mit Inhalten. Für die E-Akte gibt es bereits "
                    "Schulungsunterlagen aus dem Pilotprojekt."
                ),
                "replies": [],
            },
        ],
        "supporters": 12,
    },
    {
        "title": "Fahrplan- und Echtzeitdaten des Nahverkehrs offen bereitstellen",
        "summary": (
            "Die Verkehrsbetriebe sollten Fahrpläne und Echtzeitdaten als offene Daten in "
            "Standardformaten bereitstellen, damit sie in verschiedenen Apps und Anzeigen genutzt "
            "werden können."
        ),
        "description": (
            "Die Fahrplandaten der Busse stehen nur in der App der Verkehrsbetriebe zur "
            "Verfügung. Wer eine andere Navigations- oder Mobilitäts-App nutzt, erhält oft keine "
            "oder veraltete Informationen.\n\n"
            "Vorschlag:\n\n"
            "- Veröffentlichung der Soll-Fahrpläne im international üblichen GTFS-Format\n"
            "- Echtzeitdaten über eine offene Schnittstelle\n"
            "- regelmäßige Aktualisierung bei Fahrplanwechseln und Baustellen\n"
            "- eine klare, offene Lizenz\n\n"
            "Das ermöglicht zum Beispiel Abfahrtsanzeigen in Schulen, Betrieben oder Wohnanlagen "
            "und erleichtert das Umsteigen zwischen Bus, Bahn und Leihrad. Außerdem sehen "
            "europäische Vorgaben die Bereitstellung solcher Daten ohnehin vor."
        ),
        "category": "offene-daten",
        "tags": ["nahverkehr", "gtfs", "schnittstelle"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Die Soll-Fahrpläne werden bereits an den landesweiten Datenpool geliefert. "
                    "Über die Echtzeitdaten führen wir Gespräche mit den Verkehrsbetrieben."
                ),
                "replies": [],
            },
        ],
        "supporters": 10,
    },
    {
        "title": "Gewerbeanmeldung vollständig online abwickeln",
        "summary": (
            "Gründerinnen und Gründer sollen ihr Gewerbe digital an-, um- und abmelden und die "
            "Gebühr direkt online bezahlen können."
        ),
        "description": (
            "Wer in Beispielstadt ein Gewerbe anmelden möchte, kann das Formular zwar "
            "herunterladen, muss es aber unterschrieben einreichen oder persönlich "
            "vorbeibringen. Für kleine Nebengewerbe ist das ein unverhältnismäßiger Aufwand.\n\n"
            "Vorschlag für einen durchgängig digitalen Ablauf:\n\n"
            "- Online-Formular mit Plausibilitätsprüfung, etwa für Tätigkeitsbeschreibung und "
            "Anschrift\n"
            "- Identifizierung über den Online-Ausweis oder ein Unternehmenskonto\n"
            "- Bezahlung der Gebühr per Lastschrift, Kreditkarte oder über gängige "
            "Online-Bezahlverfahren\n"
            "- Gewerbeschein als PDF per E-Mail oder ins digitale Postfach\n"
            "- automatische Weiterleitung an Finanzamt, Kammern und weitere beteiligte Stellen\n\n"
            "Damit würde die Stadt auch als Wirtschaftsstandort attraktiver."
        ),
        "category": "buergerservice",
        "tags": ["gewerbe", "ozg", "wirtschaft"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für den Vorschlag. Die Gewerbeanmeldung gehört zu den Leistungen, "
                    "die nach dem Onlinezugangsgesetz digital angeboten werden sollen. Wir fragen "
                    "beim Ordnungsamt nach dem aktuellen Stand."
                ),
                "replies": [],
            },
        ],
        "supporters": 9,
    },
    {
        "title": "Digitalsprechstunde für Seniorinnen und Senioren in der Stadtbibliothek",
        "summary": (
            "Ehrenamtliche und das Bibliotheksteam bieten regelmäßig Sprechstunden an, in denen "
            "ältere Menschen Hilfe bei Smartphone, Online-Ausweis und digitalen Behördengängen "
            "bekommen."
        ),
        "description": (
            "Je mehr Dienstleistungen der Stadt online angeboten werden, desto wichtiger ist es, "
            "dass niemand abgehängt wird. Viele ältere Menschen haben zwar ein Smartphone, "
            "trauen sich aber nicht, damit einen Antrag zu stellen oder den Online-Ausweis "
            "einzurichten.\n\n"
            "### Vorschlag\n\n"
            "- wöchentliche offene Sprechstunde in der Stadtbibliothek und in den "
            "Stadtteilbibliotheken\n"
            "- Themen: Smartphone-Grundlagen, sichere Passwörter, Online-Ausweis, Terminbuchung\n"
            "- Unterstützung durch geschulte Ehrenamtliche, etwa Schülerinnen und Schüler aus "
            "der Oberstufe\n"
            "- Übungsgeräte vor Ort für alle, die noch kein eigenes Gerät haben\n\n"
            "Das wäre ein kleiner Beitrag mit großer Wirkung."
        ),
        "category": "bildung",
        "tags": ["senioren", "bibliothek", "medienkompetenz"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": "Eine tolle Idee. Meine Mutter würde da sofort hingehen.",
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Die Stadtbibliothek bietet bereits einmal im Monat einen „Digital-Treff“ an. "
                    "Wir prüfen, ob er häufiger und auch in den Stadtteilen stattfinden kann."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": (
                            "Davon wusste ich gar nichts – vielleicht sollte das bekannter gemacht "
                            "werden, zum Beispiel im Amtsblatt."
                        ),
                    },
                ],
            },
        ],
        "supporters": 14,
    },
    {
        "title": "Öffentliches Fahrradverleihsystem mit Stationen an Bahnhof und Hochschule",
        "summary": (
            "Ein Leihradsystem mit festen Stationen an Bahnhof, Hochschule, Rathaus und in den "
            "Stadtteilen würde die letzte Meile von Bus oder Zug deutlich erleichtern."
        ),
        "description": (
            "Viele Pendlerinnen und Pendler kommen mit dem Zug nach Beispielstadt und steigen "
            "dann in einen vollen Bus um oder laufen 20 Minuten. Ein eigenes Fahrrad am Bahnhof "
            "abzustellen, ist wegen der häufigen Diebstähle unattraktiv.\n\n"
            "### Vorschlag\n\n"
            "- 20 bis 30 Stationen mit normalen Rädern und Lastenrädern\n"
            "- Ausleihe per App, Kundenkarte oder mit der Chipkarte des Nahverkehrs\n"
            "- die ersten 30 Minuten für Abo-Kundinnen und -Kunden des Nahverkehrs kostenlos\n"
            "- Verfügbarkeit der Räder in Echtzeit als offene Daten\n\n"
            "### Finanzierung\n\n"
            "Viele Städte betreiben solche Systeme gemeinsam mit ihren Verkehrsbetrieben. Für den "
            "Aufbau gibt es Förderprogramme von Bund und Land."
        ),
        "category": "mobilitaet",
        "tags": ["fahrrad", "bikesharing", "pendeln", "lastenrad"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": "Bitte unbedingt mit Lastenrädern! Für den Wocheneinkauf wäre das ideal.",
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Für die Echtzeitdaten gibt es etablierte offene Standards. Falls das System "
                    "kommt, sollte das von Anfang an in der Ausschreibung stehen."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": "Sehr gut, genau so sollte es sein.",
                    },
                ],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Das Thema wird im nächsten Mobilitätsausschuss beraten. Wir berichten hier "
                    "über das Ergebnis."
                ),
                "replies": [],
            },
        ],
        "supporters": 33,
    },
    {
        "title": "Luftqualität und Lärm an Hauptstraßen messen und veröffentlichen",
        "summary": (
            "Ein Netz aus kostengünstigen Messstationen an Hauptverkehrsstraßen, Schulen und in "
            "Parks sollte Feinstaub, Stickstoffdioxid und Lärm messen und die Werte online "
            "veröffentlichen."
        ),
        "description": (
            "In Beispielstadt gibt es nur eine amtliche Luftmessstation. Wie gut oder schlecht "
            "die Luft an der Ringstraße oder vor den Schulen ist, weiß niemand genau.\n\n"
            "Vorschlag:\n\n"
            "- zusätzliche Sensoren an stark befahrenen Straßen, an Schulen und zum Vergleich in "
            "Parks\n"
            "- Messwerte als Karte und Zeitreihe auf der Website\n"
            "- Daten als offene Daten zum Herunterladen\n"
            "- jährliche Auswertung im Umweltausschuss\n\n"
            "Günstige Sensoren sind zwar weniger genau als amtliche Messstationen, zeigen aber "
            "Tendenzen und Unterschiede zwischen Standorten gut. Das kann eine gute Grundlage für "
            "Entscheidungen über Tempo 30, Begrünung oder Verkehrslenkung sein."
        ),
        "category": "umwelt",
        "tags": ["luftqualität", "lärm", "sensoren", "offene daten"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Wie wird sichergestellt, dass die Daten nicht falsch interpretiert werden, "
                    "wenn die Sensoren ungenau sind?"
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Die Sensoren würden regelmäßig mit der amtlichen Station abgeglichen. "
                            "Auf der Website würde außerdem verständlich erklärt, wie genau die "
                            "Werte sind."
                        ),
                    },
                ],
            },
        ],
        "supporters": 14,
    },
    {
        "title": "Füllstandssensoren für öffentliche Abfallbehälter",
        "summary": (
            "Sensoren in den öffentlichen Abfallbehältern melden, wann diese voll sind. So kann "
            "die Stadtreinigung ihre Touren bedarfsgerecht planen."
        ),
        "description": (
            "Die öffentlichen Abfallbehälter werden nach festen Touren geleert. Im Stadtpark "
            "quellen sie an sonnigen Wochenenden über, während Behälter in ruhigeren Straßen "
            "halb leer geleert werden.\n\n"
            "### Vorschlag\n\n"
            "- Füllstandssensoren in etwa 100 Behältern an stark frequentierten Orten\n"
            "- Übertragung der Daten über ein stromsparendes Funknetz\n"
            "- Tourenplanung auf Basis der tatsächlichen Füllstände\n"
            "- Auswertung nach einem Jahr: eingesparte Fahrten und weniger überfüllte Behälter\n\n"
            "Auf Dauer lassen sich so Kosten sparen, und das Stadtbild wird sauberer."
        ),
        "category": "smart-city",
        "tags": ["sensoren", "stadtreinigung", "abfall"],
        "internal": False,
        "author": "it-amt@stadt-beispiel.de",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Klingt sinnvoll. Wäre es nicht einfacher, an den bekannten Stellen größere "
                    "Behälter aufzustellen?"
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "An manchen Stellen ist das tatsächlich die bessere Lösung. Die "
                            "Sensoren sollen uns auch helfen, genau diese Stellen zu finden."
                        ),
                    },
                ],
            },
        ],
        "supporters": 9,
    },
    {
        "title": "Mobiles Arbeiten mit einheitlicher Ausstattung und Videokonferenzen",
        "summary": (
            "Beschäftigte, die mobil arbeiten, brauchen eine einheitliche Grundausstattung: "
            "Notebook, Headset, sicheren Fernzugriff und ein datenschutzkonformes "
            "Videokonferenzsystem."
        ),
        "description": (
            "Seit der Dienstvereinbarung zum mobilen Arbeiten arbeiten viele Kolleginnen und "
            "Kollegen teilweise von zu Hause. Die Ausstattung ist aber sehr unterschiedlich: "
            "Manche haben ein Notebook, andere arbeiten über einen privaten Rechner mit "
            "Fernzugriff, wieder andere gar nicht mobil, weil die Technik fehlt.\n\n"
            "### Vorschlag\n\n"
            "- Standardpaket für mobiles Arbeiten: Notebook, Headset, Dockingstation im Büro\n"
            "- sicherer VPN-Zugang für alle berechtigten Beschäftigten\n"
            "- ein selbst betriebenes Videokonferenzsystem, das auch für Besprechungen mit "
            "Externen genutzt werden kann\n"
            "- Telefonie über den Rechner, damit die Durchwahl auch unterwegs erreichbar ist\n\n"
            "Durch Desksharing könnten zudem Büroflächen effizienter genutzt werden."
        ),
        "category": "verwaltung-intern",
        "tags": ["mobiles arbeiten", "homeoffice", "ausstattung", "videokonferenz"],
        "internal": True,
        "author": "it-amt@stadt-beispiel.de",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Die Telefonie über den Rechner wäre ein großer Fortschritt. Bisher leiten "
                    "viele ihr Diensttelefon auf das private Handy um."
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Genau das wollen wir vermeiden. Die Umstellung der Telefonanlage ist "
                            "bereits in Planung."
                        ),
                    },
                ],
            },
        ],
        "supporters": 18,
    },
    {
        "title": "Interner Datenkatalog: Welche Daten liegen in welchem Amt?",
        "summary": (
            "Ein interner Katalog aller Datenbestände der Verwaltung soll zeigen, welche Daten es "
            "gibt, wer sie pflegt und ob sie veröffentlicht werden können."
        ),
        "description": (
            "Bei der Vorbereitung des Open-Data-Portals hat sich gezeigt, dass niemand einen "
            "vollständigen Überblick über die Datenbestände der Stadt hat. Oft werden Daten "
            "doppelt erhoben, weil ein Amt nicht weiß, dass ein anderes sie längst hat.\n\n"
            "### Vorschlag\n\n"
            "- Bestandsaufnahme der Datenbestände in allen Ämtern mit einem einheitlichen "
            "Fragebogen\n"
            "- Katalog im Intranet mit Beschreibung, Ansprechperson, Aktualisierungsrhythmus und "
            "Format\n"
            "- Einschätzung, ob ein Datensatz personenbezogen ist und ob er veröffentlicht "
            "werden kann\n"
            "- jährliche Aktualisierung durch die Datenverantwortlichen\n\n"
            "Der Katalog ist die Voraussetzung für gute offene Daten und für eine bessere "
            "Zusammenarbeit zwischen den Ämtern."
        ),
        "category": "offene-daten",
        "tags": ["datenkatalog", "datenmanagement", "open data"],
        "internal": True,
        "author": "it-amt@stadt-beispiel.de",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Sehr sinnvoll. Können die Fachämter dabei Unterstützung bekommen? Viele "
                    "wissen nicht, wie sie ihre Daten beschreiben sollen."
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Ja, wir bieten dazu Workshops an und stellen eine Ausfüllhilfe mit "
                            "Beispielen bereit."
                        ),
                    },
                ],
            },
        ],
        "supporters": 2,
    },
    {
        "title": "Bescheide digital ins Bürgerpostfach zustellen",
        "summary": (
            "Bescheide zu Grundsteuer, Abfallgebühren oder Elternbeiträgen sollten auf Wunsch "
            "digital in einem sicheren Postfach ankommen statt per Brief."
        ),
        "description": (
            "Jedes Jahr kommen mehrere Briefe von der Stadt: Grundsteuer, Abfallgebühren, "
            "Elternbeiträge für die Kita. Ich hefte sie ab, scanne sie ein und werfe das Papier "
            "irgendwann weg. Das ist doppelter Aufwand – für mich und für die Stadt, die Porto "
            "und Druckkosten bezahlt.\n\n"
            "### Idee\n\n"
            "- freiwillige Einwilligung zur digitalen Zustellung im Nutzerkonto\n"
            "- Benachrichtigung per E-Mail, sobald ein neues Dokument im Postfach liegt\n"
            "- Dokumente als PDF mit Zeitstempel, rechtssicher zugestellt\n"
            "- Möglichkeit, direkt aus dem Postfach zu antworten oder Widerspruch einzulegen\n\n"
            "Wer lieber weiterhin Papier möchte, bekommt natürlich weiter Briefe. Für viele "
            "Haushalte wäre die digitale Zustellung aber eine echte Erleichterung."
        ),
        "category": "buergerservice",
        "tags": ["postfach", "bescheide", "papierlos"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Gibt es dafür nicht schon das Postfach im Nutzerkonto des Bundes? Dann müsste "
                    "die Stadt kein eigenes System bauen."
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Richtig, die Stadt würde keine eigene Lösung entwickeln, sondern das "
                            "bestehende Postfach des Nutzerkontos anbinden. Die Voraussetzungen "
                            "dafür prüfen wir gerade."
                        ),
                    },
                ],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Danke für die Idee! Wir haben sie an die Kämmerei weitergeleitet, da dort die "
                    "meisten Bescheide entstehen."
                ),
                "replies": [],
            },
        ],
        "supporters": 15,
    },
    {
        "title": "Digitale Medienausleihe der Stadtbibliothek ausbauen",
        "summary": (
            "Das Angebot an E-Books, Hörbüchern und digitalen Zeitschriften sollte erweitert "
            "werden, und der Bibliotheksausweis sollte sich online beantragen lassen."
        ),
        "description": (
            "Die Stadtbibliothek bietet bereits E-Books an, aber die Auswahl ist klein und "
            "beliebte Titel haben lange Wartelisten. Außerdem muss man für den "
            "Bibliotheksausweis persönlich vorbeikommen.\n\n"
            "Vorschläge:\n\n"
            "- Ausbau des digitalen Bestands, vor allem bei Sachbüchern und Sprachkursen\n"
            "- Zugang zu digitalen Tageszeitungen und Fachzeitschriften\n"
            "- Bibliotheksausweis online beantragen, Identifizierung per Online-Ausweis\n"
            "- Erinnerung per E-Mail vor Ablauf der Leihfrist\n\n"
            "Gerade für Menschen, die nicht mehr so mobil sind, wäre das ein großer Gewinn."
        ),
        "category": "bildung",
        "tags": ["bibliothek", "e-books"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Die Online-Beantragung des Ausweises ließe sich mit überschaubarem Aufwand an "
                    "das Bibliothekssystem anbinden. Wir sprechen das mit der Bibliotheksleitung "
                    "ab."
                ),
                "replies": [],
            },
        ],
        "supporters": 8,
    },
    {
        "title": "Freie Plätze in Parkhäusern live anzeigen",
        "summary": (
            "Ein Parkleitsystem auf der Website und an den Einfallstraßen sollte in Echtzeit "
            "anzeigen, wie viele Plätze in den Parkhäusern frei sind, um Parksuchverkehr zu "
            "vermeiden."
        ),
        "description": (
            "Samstags kreisen in der Innenstadt viele Autos auf der Suche nach einem Parkplatz, "
            "obwohl das Parkhaus am Stadtpark oft noch halb leer ist. Das kostet Zeit und "
            "verursacht Lärm und Abgase.\n\n"
            "Vorschlag:\n\n"
            "- Belegungsdaten aller Parkhäuser und großen Parkplätze zentral erfassen\n"
            "- Anzeige auf der Website, auf Tafeln an den Einfallstraßen und als offene Daten\n"
            "- Hinweis auf Park-and-Ride-Plätze, wenn die Innenstadt ausgelastet ist\n"
            "- Angabe von Ladesäulen und Behindertenparkplätzen\n\n"
            "Die Parkhäuser zählen Ein- und Ausfahrten ohnehin schon – die Daten müssen nur "
            "zusammengeführt werden."
        ),
        "category": "mobilitaet",
        "tags": ["parken", "parkleitsystem", "echtzeit"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Gute Idee. Noch besser fände ich es, wenn gleichzeitig auf Bus und Leihrad "
                    "hingewiesen würde, aber als erster Schritt passt das."
                ),
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Bei den städtischen Parkhäusern liegen die Daten bereits vor. Bei privaten "
                    "Betreibern bräuchte es eine Vereinbarung."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": (
                            "Vielleicht lässt sich das bei der nächsten Vertragsverlängerung "
                            "regeln?"
                        ),
                    },
                ],
            },
        ],
        "supporters": 17,
    },
    {
        "title": "Energieverbrauch städtischer Gebäude transparent machen",
        "summary": (
            "Die Stadt sollte Strom-, Wärme- und Wasserverbrauch ihrer Schulen, Sporthallen und "
            "Verwaltungsgebäude regelmäßig veröffentlichen, um Einsparpotenziale sichtbar zu "
            "machen."
        ),
        "description": (
            "Die Stadt hat sich ehrgeizige Klimaziele gesetzt. Wie sich der Energieverbrauch der "
            "eigenen Gebäude entwickelt, ist für Bürgerinnen und Bürger aber nicht "
            "nachvollziehbar.\n\n"
            "### Vorschlag\n\n"
            "- monatliche Verbrauchswerte je Gebäude auf einem öffentlichen Dashboard\n"
            "- Vergleich mit den Vorjahren und mit ähnlichen Gebäuden\n"
            "- Kennzeichnung von Gebäuden, die bereits saniert wurden\n"
            "- Schulen können die Daten im Unterricht nutzen, zum Beispiel für "
            "Energiesparprojekte\n\n"
            "Transparenz motiviert: Wenn Schülerinnen und Schüler sehen, dass ihre Schule nach "
            "einem Projekt weniger Heizenergie verbraucht, ist das ein echter Lernerfolg."
        ),
        "category": "umwelt",
        "tags": ["energie", "klimaschutz", "transparenz"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Für rund die Hälfte der Gebäude gibt es bereits digitale Zähler. Die übrigen "
                    "werden derzeit noch von Hand abgelesen."
                ),
                "replies": [],
            },
            {
                "author": "buergerin@example.org",
                "text": "Tolle Idee, vor allem die Verbindung zum Unterricht.",
                "replies": [],
            },
        ],
        "supporters": 8,
    },
    {
        "title": "Stadtweites Funknetz für Sensoren (LoRaWAN) aufbauen",
        "summary": (
            "Ein stromsparendes Funknetz würde die Grundlage für viele Smart-City-Anwendungen "
            "schaffen – von Pegelsensoren über die Bodenfeuchte an Stadtbäumen bis zu Füllständen "
            "von Abfallbehältern."
        ),
        "description": (
            "Mehrere Ideen auf dieser Plattform setzen auf Sensoren: Hochwasserfrühwarnung, "
            "Bodenfeuchte an Stadtbäumen, Füllstände von Abfallbehältern. Damit nicht jedes "
            "Projekt eine eigene Technik aufbaut, braucht es eine gemeinsame Infrastruktur.\n\n"
            "### Vorschlag\n\n"
            "- Aufbau eines LoRaWAN-Netzes mit etwa zehn Gateways auf städtischen Gebäuden\n"
            "- Betrieb gemeinsam mit den Stadtwerken\n"
            "- offene Datenplattform, die von allen Fachämtern genutzt werden kann\n"
            "- Nutzung auch durch Schulen, Hochschule und Vereine für eigene Projekte\n\n"
            "### Warum LoRaWAN?\n\n"
            "Die Technik ist stromsparend, hat eine große Reichweite und beruht auf einem offenen "
            "Standard. Batteriebetriebene Sensoren können so mehrere Jahre ohne Wartung arbeiten."
        ),
        "category": "smart-city",
        "tags": ["lorawan", "sensoren", "infrastruktur"],
        "internal": False,
        "author": "it-amt@stadt-beispiel.de",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Verknüpfung der Ideen. Das macht deutlich, warum eine "
                    "gemeinsame Infrastruktur sinnvoll ist."
                ),
                "replies": [],
            },
            {
                "author": "buerger@example.org",
                "text": (
                    "Wie sieht es mit der Strahlenbelastung aus? Dazu gibt es in meiner "
                    "Nachbarschaft Fragen."
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Die Sendeleistung ist sehr gering, und die Sensoren senden nur wenige "
                            "Male pro Stunde für Sekundenbruchteile. Gern erläutern wir das bei "
                            "einer Informationsveranstaltung genauer."
                        ),
                    },
                ],
            },
        ],
        "supporters": 5,
    },
    {
        "title": "Digitale Buchung von Besprechungsräumen und Dienstfahrzeugen",
        "summary": (
            "Besprechungsräume, Dienstfahrzeuge und Präsentationstechnik sollten über einen "
            "gemeinsamen Online-Kalender gebucht werden können."
        ),
        "description": (
            "Für jeden Besprechungsraum gibt es derzeit eine andere Buchungsmethode: eine "
            "Tabelle auf dem Gruppenlaufwerk, einen Papierkalender im Sekretariat oder einen "
            "Anruf beim Hausmeister. Doppelbuchungen und leer stehende Räume, die als belegt "
            "gelten, sind die Folge.\n\n"
            "Vorschlag:\n\n"
            "- ein zentraler Buchungskalender für alle Besprechungsräume im Rathaus und in den "
            "Außenstellen\n"
            "- Angaben zu Größe, Ausstattung und Barrierefreiheit jedes Raums\n"
            "- Buchung von Dienstfahrzeugen und mobiler Präsentationstechnik im selben System\n"
            "- automatische Freigabe, wenn eine Buchung nicht innerhalb von 15 Minuten bestätigt "
            "wird\n\n"
            "Das spart Zeit und vermeidet Ärger."
        ),
        "category": "verwaltung-intern",
        "tags": ["raumbuchung", "dienstfahrzeuge", "kalender"],
        "internal": True,
        "author": "moderation@stadt-beispiel.de",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Das lässt sich mit dem vorhandenen Groupware-Kalender umsetzen. Wir müssen "
                    "nur die Räume und Fahrzeuge als Ressourcen anlegen."
                ),
                "replies": [
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": "Dann wäre das ja ein schneller Erfolg. Wann könnten wir starten?",
                    },
                ],
            },
        ],
        "supporters": 9,
    },
    {
        "title": "Bebauungspläne und Geodaten frei zugänglich machen",
        "summary": (
            "Bebauungspläne, Flächennutzungsplan und weitere Geodaten sollten in einem "
            "Online-Kartenportal einsehbar und als offene Daten herunterladbar sein."
        ),
        "description": (
            "Wer bauen, umbauen oder ein Grundstück kaufen möchte, muss wissen, welcher "
            "Bebauungsplan gilt. Dafür muss man heute oft ins Planungsamt oder lange in "
            "PDF-Listen suchen.\n\n"
            "### Vorschlag\n\n"
            "- Online-Kartenportal mit allen rechtskräftigen Bebauungsplänen, einschließlich "
            "Textteil und Begründung\n"
            "- Anzeige laufender Planverfahren mit Hinweis auf Beteiligungsmöglichkeiten\n"
            "- Download der Pläne und weiterer Geodaten als offene Daten in gängigen Formaten\n"
            "- Suche nach Adresse und Flurstück\n\n"
            "Das spart Architekturbüros, Bauwilligen und der Verwaltung gleichermaßen Zeit und "
            "Wege."
        ),
        "category": "offene-daten",
        "tags": ["geodaten", "bebauungsplan", "karte"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Die Anzeige der laufenden Verfahren finde ich besonders wichtig. Oft erfährt "
                    "man davon erst, wenn die Beteiligungsfrist abgelaufen ist."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Idee. Teile davon gibt es bereits im Geoportal des "
                    "Landkreises. Wir prüfen, wie die städtischen Pläne dort besser sichtbar "
                    "werden."
                ),
                "replies": [],
            },
        ],
        "supporters": 7,
    },
    {
        "title": "Formulare und Infotexte in Leichter Sprache anbieten",
        "summary": (
            "Die wichtigsten Online-Formulare und Informationsseiten der Stadt sollten auch in "
            "Leichter Sprache und in weiteren Sprachen verfügbar sein. Digitale Angebote helfen "
            "nur, wenn alle sie verstehen."
        ),
        "description": (
            "Viele Formulare der Stadt sind in einer sehr komplizierten Amtssprache geschrieben. "
            "Menschen mit Lernschwierigkeiten, ältere Menschen oder Personen, die gerade erst "
            "Deutsch lernen, scheitern daran – und kommen dann doch ins Amt, um sich helfen zu "
            "lassen.\n\n"
            "### Vorschlag\n\n"
            "- die 20 meistgenutzten Seiten zuerst in Leichte Sprache übertragen\n"
            "- kurze Erklärtexte direkt neben schwierigen Formularfeldern\n"
            "- Vorlesefunktion und gute Bedienbarkeit mit Screenreadern\n"
            "- wichtige Informationen zusätzlich auf Englisch, Türkisch, Arabisch und Ukrainisch\n"
            "\n"
            "Bei der Übertragung sollten Prüferinnen und Prüfer aus der Zielgruppe beteiligt "
            "werden. Vereine und Beratungsstellen in der Stadt helfen dabei sicher gern."
        ),
        "category": "buergerservice",
        "tags": ["barrierefreiheit", "leichte sprache", "formulare"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Ein wichtiger Punkt, der bei der Digitalisierung oft vergessen wird. Volle "
                    "Unterstützung!"
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für den Hinweis. Die Stadt ist nach den Vorgaben zur "
                    "Barrierefreiheit ohnehin verpflichtet, hier nachzubessern. Die Priorisierung "
                    "nach Nutzungshäufigkeit finden wir sehr sinnvoll."
                ),
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Für die Vorlesefunktion und die Tauglichkeit mit Screenreadern planen wir "
                    "einen Test gemeinsam mit dem Beirat für Menschen mit Behinderung."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": "Das freut mich sehr, danke!",
                    },
                ],
            },
        ],
        "supporters": 21,
    },
    {
        "title": "IT-Betreuung der Schulen professionalisieren",
        "summary": (
            "Lehrkräfte sollten sich nicht nebenbei um Netzwerk und Geräte kümmern müssen. Ein "
            "zentrales Support-Team des Schulträgers sollte die technische Betreuung übernehmen."
        ),
        "description": (
            "Aktuell betreuen an vielen Schulen engagierte Lehrkräfte die IT weitgehend in ihrer "
            "Freizeit – mit ein paar Entlastungsstunden, aber ohne Vertretung und Dokumentation. "
            "Fällt eine dieser Personen aus, steht die Technik oft still.\n\n"
            "### Vorschlag\n\n"
            "- ein zentrales Schul-IT-Team mit festen Ansprechpersonen je Schule\n"
            "- Störungsmeldung über ein einfaches Online-Formular mit Rückmeldung zum "
            "Bearbeitungsstand\n"
            "- einheitliche Geräte und zentrale Softwareverteilung\n"
            "- Vor-Ort-Termine nach festem Plan, bei dringenden Störungen innerhalb eines "
            "Werktags\n\n"
            "Lehrkräfte könnten sich dann wieder auf den Unterricht konzentrieren. Die Kosten für "
            "zusätzliche Stellen sollten der eingesparten Arbeitszeit und der längeren Lebensdauer "
            "der Geräte gegenübergestellt werden."
        ),
        "category": "bildung",
        "tags": ["schule", "it-support"],
        "internal": False,
        "author": "it-amt@stadt-beispiel.de",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Als Elternvertreterin kann ich das nur unterstützen. An unserer Schule war "
                    "die digitale Tafel drei Monate lang defekt."
                ),
                "replies": [],
            },
            {
                "author": "buerger@example.org",
                "text": (
                    "Wie viele zusätzliche Stellen wären dafür nötig? Eine grobe Größenordnung "
                    "wäre für die Diskussion hilfreich."
                ),
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Üblich ist ungefähr eine Vollzeitstelle je 400 bis 500 Geräte. Für "
                            "Beispielstadt wären das nach heutigem Stand etwa sechs Stellen."
                        ),
                    },
                ],
            },
        ],
        "supporters": 7,
    },
    {
        "title": "Fahrradboxen am Bahnhof online buchen",
        "summary": (
            "Abschließbare Fahrradboxen und Plätze im Fahrradparkhaus am Bahnhof sollten online "
            "gebucht und bezahlt werden können – tageweise oder im Monatsabo."
        ),
        "description": (
            "Am Bahnhof gibt es zwar abschließbare Fahrradboxen, aber die Vergabe läuft über "
            "eine Warteliste im Rathaus. Viele Boxen sind seit Jahren vermietet und werden kaum "
            "genutzt, während andere Pendlerinnen und Pendler keinen Platz bekommen.\n\n"
            "### Vorschlag\n\n"
            "- Online-Buchung mit Übersicht über freie Boxen\n"
            "- Zugang per Code oder Chipkarte statt mit Schlüssel\n"
            "- flexible Tarife: Tagesmiete, Monatsabo, Jahresabo\n"
            "- automatische Freigabe, wenn eine Box über längere Zeit nicht genutzt wird\n\n"
            "Gerade für hochwertige Räder und E-Bikes ist ein sicherer Abstellplatz die "
            "Voraussetzung dafür, mit dem Rad zum Zug zu fahren."
        ),
        "category": "mobilitaet",
        "tags": ["fahrrad", "bahnhof", "abstellanlagen"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Wie soll erkannt werden, ob eine Box genutzt wird? Das klingt nach "
                    "Überwachung."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Es würde ja reichen, die Öffnungen der Box zu zählen, ohne zu "
                            "erfassen, wer sie öffnet."
                        ),
                    },
                ],
            },
        ],
        "supporters": 10,
    },
    {
        "title": "Städtische Online-Tauschbörse für gut erhaltene Gegenstände",
        "summary": (
            "Eine einfache Tausch- und Verschenkbörse auf der Website der Stadt könnte verhindern, "
            "dass brauchbare Möbel, Spielsachen und Geräte auf dem Sperrmüll landen."
        ),
        "description": (
            "Beim Sperrmüll sieht man oft Möbel, die noch völlig in Ordnung sind. Gleichzeitig "
            "suchen Studierende, junge Familien und Geflüchtete dringend genau solche Dinge.\n\n"
            "Vorschlag:\n\n"
            "- Tausch- und Verschenkbörse auf der Website der Stadt oder des "
            "Abfallwirtschaftsbetriebs\n"
            "- Anzeigen mit Foto, Beschreibung und Stadtteil, ohne Angabe der genauen Adresse\n"
            "- Kontakt über ein anonymisiertes Nachrichtenformular\n"
            "- Hinweis auf die Börse bei jeder Online-Sperrmüllanmeldung\n\n"
            "Vorteile: weniger Abfall, geringere Entsorgungskosten und Unterstützung für Menschen "
            "mit wenig Geld."
        ),
        "category": "umwelt",
        "tags": ["abfallvermeidung", "tauschen", "nachhaltigkeit"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Dafür gibt es schon viele private Plattformen. Braucht es wirklich ein "
                    "städtisches Angebot?"
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Die privaten Plattformen sind voller Werbung und verlangen teilweise "
                            "Gebühren. Ein lokales, werbefreies Angebot fände ich besser."
                        ),
                    },
                ],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Diskussion! Wir prüfen, ob sich das Angebot gemeinsam mit "
                    "dem Sozialkaufhaus umsetzen lässt."
                ),
                "replies": [],
            },
        ],
        "supporters": 6,
    },
    {
        "title": "Digitaler Zwilling der Innenstadt für Planungsvorhaben",
        "summary": (
            "Ein 3D-Stadtmodell würde zeigen, wie geplante Gebäude, Plätze oder Baumpflanzungen "
            "später aussehen. So könnten Bürgerinnen und Bürger Bauvorhaben besser nachvollziehen."
        ),
        "description": (
            "Bei Bürgerversammlungen zu Bauprojekten werden oft Pläne gezeigt, die für Laien "
            "schwer zu lesen sind. Wie hoch wird das neue Gebäude? Wirft es Schatten auf den "
            "Spielplatz? Solche Fragen lassen sich mit Plänen kaum beantworten.\n\n"
            "### Vorschlag\n\n"
            "- 3D-Modell der Innenstadt auf Grundlage der vorhandenen Vermessungsdaten\n"
            "- geplante Vorhaben im Modell einblenden und von allen Seiten betrachten\n"
            "- Simulation von Schattenwurf und Sichtachsen\n"
            "- Nutzung in Beteiligungsverfahren, online und bei Veranstaltungen\n\n"
            "Das Modell kann später auch für andere Zwecke genutzt werden, etwa für die Planung "
            "von Solaranlagen auf Dächern oder für Starkregensimulationen."
        ),
        "category": "smart-city",
        "tags": ["stadtplanung", "3d-modell", "beteiligung"],
        "internal": False,
        "author": "moderation@stadt-beispiel.de",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": "Das würde Diskussionen über Bauprojekte sicher versachlichen.",
                "replies": [],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Die Vermessungsabteilung verfügt bereits über 3D-Gebäudedaten. Für einen "
                    "Prototyp wäre das eine gute Grundlage."
                ),
                "replies": [
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": (
                            "Danke, dann sollten wir das für das nächste größere "
                            "Beteiligungsverfahren einplanen."
                        ),
                    },
                ],
            },
        ],
        "supporters": 7,
    },
    {
        "title": "Eingangsrechnungen durchgängig digital bearbeiten",
        "summary": (
            "Eingehende E-Rechnungen sollten ohne Ausdruck geprüft, sachlich und rechnerisch "
            "bestätigt, freigegeben und gebucht werden können."
        ),
        "description": (
            "Die Stadt ist verpflichtet, elektronische Rechnungen zu empfangen. In der Praxis "
            "werden viele E-Rechnungen aber ausgedruckt, auf Papier abgezeichnet und in der "
            "Kämmerei wieder von Hand erfasst.\n\n"
            "### Vorschlag\n\n"
            "- digitaler Rechnungseingang über eine zentrale Stelle\n"
            "- elektronischer Workflow für die sachliche und rechnerische Prüfung\n"
            "- Freigabe nach dem Vier-Augen-Prinzip mit elektronischer Signatur\n"
            "- automatische Übergabe an das Finanzverfahren\n"
            "- Übersicht über offene Rechnungen, um Skontofristen einzuhalten\n\n"
            "Dadurch sinken Bearbeitungszeiten und Fehlerquote, und die Stadt kann Skonto häufiger "
            "nutzen."
        ),
        "category": "verwaltung-intern",
        "tags": ["e-rechnung", "finanzen", "workflow"],
        "internal": True,
        "author": "it-amt@stadt-beispiel.de",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Wir bekommen regelmäßig Rückfragen von Lieferanten zu verspäteten Zahlungen. "
                    "Das wäre eine große Verbesserung."
                ),
                "replies": [],
            },
        ],
        "supporters": 3,
    },
    {
        "title": "Chat-Assistent für häufige Fragen auf der Stadtwebsite",
        "summary": (
            "Ein Chat-Assistent könnte einfache Fragen wie „Welche Unterlagen brauche ich für "
            "einen Reisepass?“ rund um die Uhr beantworten und auf die passenden Seiten verweisen."
        ),
        "description": (
            "Auf der Website der Stadt findet man viele Informationen, aber man muss wissen, wo "
            "man suchen muss. Die Suchfunktion liefert oft unpassende Ergebnisse.\n\n"
            "Ein Chat-Assistent könnte helfen:\n\n"
            "- Antworten auf häufige Fragen zu Öffnungszeiten, Unterlagen und Gebühren\n"
            "- direkte Links zu den passenden Formularen und zur Terminbuchung\n"
            "- Weiterleitung an das Bürgertelefon, wenn die Frage zu speziell ist\n\n"
            "Wichtig wäre, dass der Assistent nur auf geprüfte Inhalte der Stadt zugreift und klar "
            "erkennbar ist, dass man nicht mit einem Menschen schreibt. Personenbezogene Daten "
            "sollten dabei nicht abgefragt werden."
        ),
        "category": "buergerservice",
        "tags": ["website", "chat", "auskunft"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Ich bin skeptisch. Solche Chatbots sind oft eher frustrierend. Lieber erst "
                    "einmal die Suche auf der Website verbessern."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": (
                            "Das eine schließt das andere nicht aus. Aber ja, eine bessere Suche "
                            "wäre der erste Schritt."
                        ),
                    },
                ],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Anregung. Wir beobachten die Erfahrungen anderer Kommunen "
                    "mit solchen Assistenten. Eine gute Suche und gepflegte Inhalte sind in jedem "
                    "Fall die Grundlage."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Welche Fragen stellen Sie am häufigsten? Das hilft uns, die Inhalte der "
                    "Website zu verbessern – unabhängig davon, ob es einen Assistenten geben wird."
                ),
                "replies": [],
            },
        ],
        "supporters": 6,
    },
    {
        "title": "Schulwegpläne als interaktive Online-Karte",
        "summary": (
            "Die Schulwegpläne der Grundschulen sollten als interaktive Karte online verfügbar "
            "sein, mit empfohlenen Wegen, Querungshilfen und Gefahrenstellen."
        ),
        "description": (
            "Jede Grundschule hat einen Schulwegplan, meist als PDF oder als Zettel zur "
            "Einschulung. Baustellen oder neue Ampeln sind darin oft nicht berücksichtigt.\n\n"
            "Vorschlag:\n\n"
            "- eine gemeinsame Online-Karte für alle Grundschulen\n"
            "- empfohlene Wege, Standorte der Schülerlotsen, Ampeln und Zebrastreifen\n"
            "- Gefahrenstellen können von Eltern gemeldet werden und werden von der "
            "Verkehrsbehörde geprüft\n"
            "- druckbare Version für Familien ohne Internetzugang\n\n"
            "So bleibt der Plan aktuell, und Eltern von Schulanfängerinnen und Schulanfängern "
            "finden sich schneller zurecht."
        ),
        "category": "bildung",
        "tags": ["schulweg", "karte", "verkehrssicherheit"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [],
        "supporters": 5,
    },
    {
        "title": "Baustellen und Umleitungen aktuell auf einer Karte zeigen",
        "summary": (
            "Alle Baustellen, Sperrungen und Umleitungen im Stadtgebiet sollten auf einer stets "
            "aktuellen Karte zu sehen sein, einschließlich Dauer und Auswirkungen auf Busse und "
            "Radwege."
        ),
        "description": (
            "Oft erfährt man von einer Vollsperrung erst, wenn man davorsteht. Die "
            "Pressemitteilungen der Stadt erreichen nicht alle, und Umleitungen für Rad- und "
            "Fußverkehr werden kaum kommuniziert.\n\n"
            "Vorschlag:\n\n"
            "- Baustellenkarte auf der Website mit Zeitraum, Art der Einschränkung und "
            "zuständiger Stelle\n"
            "- Filter für Auto, Bus, Rad und Fußverkehr\n"
            "- Abo-Funktion: E-Mail-Benachrichtigung bei Baustellen in der eigenen Straße\n"
            "- Bereitstellung als offene Daten, damit Navigationsdienste die Informationen "
            "übernehmen können\n\n"
            "So lassen sich Wege besser planen, und das Bürgertelefon erhält weniger Beschwerden."
        ),
        "category": "mobilitaet",
        "tags": ["baustellen", "karte", "verkehr"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Die Daten liegen beim Tiefbauamt in einem Fachverfahren vor. Eine "
                    "Veröffentlichung als Karte ist grundsätzlich möglich – wir klären gerade den "
                    "Aufwand."
                ),
                "replies": [],
            },
        ],
        "supporters": 9,
    },
    {
        "title": "Bodenfeuchtesensoren für junge Stadtbäume",
        "summary": (
            "Sensoren im Wurzelbereich ausgewählter Stadtbäume messen die Bodenfeuchte. So kann "
            "die Grünflächenabteilung gezielt dort gießen, wo es wirklich nötig ist."
        ),
        "description": (
            "Die Bewässerung der Straßenbäume erfolgt bisher nach festen Touren. Dabei wird "
            "teilweise gegossen, wo der Boden noch feucht ist, während andere Bäume zu wenig "
            "Wasser bekommen.\n\n"
            "### Vorschlag für ein Pilotprojekt\n\n"
            "- 50 Bodenfeuchtesensoren an jungen Bäumen in unterschiedlichen Stadtteilen\n"
            "- Datenübertragung über ein stromsparendes Funknetz\n"
            "- Auswertung in einem Dashboard für die Grünflächenabteilung\n"
            "- Veröffentlichung der Messwerte als offene Daten und Einbindung in die Karte der "
            "Gießpatenschaften\n\n"
            "### Erwartete Wirkung\n\n"
            "Erfahrungen aus anderen Kommunen zeigen, dass sich Wasserverbrauch und Fahrten der "
            "Gießfahrzeuge deutlich reduzieren lassen. Nach einer Saison soll ausgewertet werden, "
            "ob sich eine Ausweitung lohnt."
        ),
        "category": "umwelt",
        "tags": ["bäume", "sensoren", "bewässerung"],
        "internal": False,
        "author": "it-amt@stadt-beispiel.de",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Das passt perfekt zur Idee mit den Gießpatenschaften. Dann wüsste man auch "
                    "als Patin, wann gegossen werden muss."
                ),
                "replies": [],
            },
            {
                "author": "buerger@example.org",
                "text": "Was kostet so ein Sensor ungefähr?",
                "replies": [
                    {
                        "author": "it-amt@stadt-beispiel.de",
                        "text": (
                            "Je nach Modell zwischen 100 und 300 Euro pro Stück. Hinzu kommen "
                            "Montage und der Betrieb der Datenplattform."
                        ),
                    },
                ],
            },
        ],
        "supporters": 11,
    },
    {
        "title": "Urlaubs- und Abwesenheitsanträge digital stellen",
        "summary": (
            "Urlaub, Dienstreisen und Überstundenausgleich sollten digital beantragt und genehmigt "
            "werden, mit direkter Übernahme in die Zeiterfassung."
        ),
        "description": (
            "Urlaubsanträge werden heute auf Papier ausgefüllt, von der Führungskraft "
            "unterschrieben und an die Personalabteilung weitergegeben, wo die Daten erneut "
            "erfasst werden. Dienstreiseanträge durchlaufen einen ähnlichen Weg.\n\n"
            "Vorschlag:\n\n"
            "- Antragstellung im Beschäftigtenportal\n"
            "- Genehmigung durch die Führungskraft per Klick, auch unterwegs\n"
            "- automatische Übernahme in die Zeiterfassung und den Abwesenheitskalender des "
            "Teams\n"
            "- Übersicht über den Resturlaub jederzeit abrufbar\n\n"
            "Die Personalabteilung würde deutlich entlastet, und Übertragungsfehler wären "
            "ausgeschlossen."
        ),
        "category": "verwaltung-intern",
        "tags": ["personal", "urlaub", "zeiterfassung"],
        "internal": True,
        "author": "moderation@stadt-beispiel.de",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Die Zeiterfassung bietet dafür bereits ein Modul, das wir bisher nicht "
                    "lizenziert haben. Wir prüfen die Kosten."
                ),
                "replies": [
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": "Danke! Bitte auch den Personalrat frühzeitig einbinden.",
                    },
                ],
            },
        ],
        "supporters": 10,
    },
    {
        "title": "Hundesteuer online an- und abmelden",
        "summary": (
            "Die An- und Abmeldung eines Hundes zur Hundesteuer sollte über ein einfaches "
            "Online-Formular möglich sein, einschließlich der Bestellung der Steuermarke."
        ),
        "description": (
            "Wir haben vor Kurzem einen Hund aus dem Tierheim aufgenommen. Für die Anmeldung zur "
            "Hundesteuer mussten wir ein PDF ausdrucken, ausfüllen, unterschreiben und per Post "
            "schicken. Die Steuermarke kam dann nach drei Wochen.\n\n"
            "Vorschlag:\n\n"
            "- Online-Formular für An-, Um- und Abmeldung\n"
            "- Nachweise, etwa für die Ermäßigung bei Hunden aus dem Tierheim, als Foto oder PDF "
            "hochladen\n"
            "- Steuermarke direkt mitbestellen, Versand per Post\n"
            "- SEPA-Lastschriftmandat gleich im Formular erteilen\n\n"
            "Das ist keine große Sache, würde aber vielen Hundehalterinnen und Hundehaltern Zeit "
            "sparen."
        ),
        "category": "buergerservice",
        "tags": ["hundesteuer", "formulare"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für Ihre Idee! Wir haben sie an die Steuerabteilung weitergegeben."
                ),
                "replies": [],
            },
        ],
        "supporters": 1,
    },
    {
        "title": "Digitale Elternbriefe statt Zettelwirtschaft",
        "summary": (
            "Elternbriefe, Krankmeldungen und Rückmeldungen zu Ausflügen sollten über eine "
            "datenschutzkonforme Schul-App laufen, die der Schulträger allen Schulen zur Verfügung "
            "stellt."
        ),
        "description": (
            "Im Ranzen meines Sohnes finde ich regelmäßig zerknitterte Elternbriefe, deren "
            "Rückmeldefrist schon abgelaufen ist. Krankmeldungen geben wir morgens telefonisch "
            "im Sekretariat durch – wenn wir durchkommen.\n\n"
            "### Vorschlag\n\n"
            "Eine einheitliche, datenschutzkonforme Kommunikationslösung für alle städtischen "
            "Schulen:\n\n"
            "- Elternbriefe digital mit Lesebestätigung\n"
            "- Krankmeldung per Formular\n"
            "- Rückmeldungen und Einverständniserklärungen mit einem Klick\n"
            "- Übersetzungshilfe für Familien mit anderer Muttersprache\n\n"
            "Die Lösung sollte vom Schulträger bereitgestellt und betreut werden, damit nicht jede "
            "Schule eine eigene App auswählt und Eltern mit mehreren Kindern drei verschiedene "
            "Apps brauchen."
        ),
        "category": "bildung",
        "tags": ["schule", "eltern", "kommunikation"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "Genau das! Wir haben zwei Kinder an zwei Schulen und damit auch zwei "
                    "verschiedene Apps."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Idee. Die Auswahl solcher Lösungen liegt teilweise bei "
                    "den Schulen selbst. Wir haben die Anregung an die Schulverwaltung "
                    "weitergegeben, die eine gemeinsame Lösung prüfen will."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": (
                            "Danke! Wichtig wäre, dass Eltern nicht zusätzlich private Messenger "
                            "nutzen müssen."
                        ),
                    },
                ],
            },
        ],
        "supporters": 16,
    },
    {
        "title": "Parkgebühren per Smartphone bezahlen und minutengenau abrechnen",
        "summary": (
            "Parkgebühren sollten zusätzlich zum Automaten per Smartphone bezahlt werden können, "
            "minutengenau und mit der Möglichkeit, die Parkzeit aus der Ferne zu verlängern."
        ),
        "description": (
            "Kleingeld hat man selten dabei, und die Automaten sind manchmal defekt. Außerdem "
            "zahlt man oft für eine ganze Stunde, obwohl man nur 20 Minuten braucht.\n\n"
            "### Vorschlag\n\n"
            "- Handyparken in allen gebührenpflichtigen Zonen\n"
            "- mehrere Anbieter zulassen, damit niemand an eine bestimmte App gebunden ist\n"
            "- minutengenaue Abrechnung und Verlängerung per Smartphone\n"
            "- die Automaten bleiben für alle, die kein Smartphone nutzen möchten\n\n"
            "In vielen Städten ist das längst Standard. Das Ordnungsamt kann die Kontrolle einfach "
            "über das Kennzeichen vornehmen."
        ),
        "category": "mobilitaet",
        "tags": ["parken", "handyparken", "bezahlen"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "buergerin@example.org",
                "text": (
                    "Wichtig: Es darf keine Zusatzgebühren der Anbieter geben, die höher sind als "
                    "die Parkgebühr selbst."
                ),
                "replies": [
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": (
                            "Vielen Dank für den Hinweis. Das ist ein wichtiger Punkt für die "
                            "Vergabe und wird berücksichtigt."
                        ),
                    },
                ],
            },
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Die Automaten sollten außerdem Kartenzahlung ermöglichen. Bei den neuen "
                    "Geräten ist das bereits der Fall."
                ),
                "replies": [],
            },
        ],
        "supporters": 20,
    },
    {
        "title": "Papierlose Sitzungsunterlagen für Rat und Ausschüsse",
        "summary": (
            "Ratsmitglieder sollten Sitzungsunterlagen nur noch digital erhalten. Das spart jedes "
            "Jahr Tausende Seiten Papier und macht die Unterlagen leichter durchsuchbar."
        ),
        "description": (
            "Für jede Ratssitzung werden umfangreiche Vorlagen gedruckt und per Boten verteilt. "
            "Bei über 40 Ratsmitgliedern und zahlreichen Ausschüssen kommen so jedes Jahr viele "
            "Kisten Papier zusammen.\n\n"
            "### Vorschlag\n\n"
            "- Bereitstellung aller Vorlagen über das Ratsinformationssystem und eine "
            "Sitzungs-App\n"
            "- Tablets für Ratsmitglieder, die kein eigenes Gerät nutzen möchten\n"
            "- Notizen und Markierungen direkt im Dokument\n"
            "- Schulungsangebote für Ratsmitglieder\n"
            "- Papier nur noch auf ausdrücklichen Wunsch\n\n"
            "Viele Kommunen haben diesen Schritt bereits vollzogen. Die Einsparungen bei Druck und "
            "Versand finanzieren die Geräte in wenigen Jahren."
        ),
        "category": "verwaltung-intern",
        "tags": ["gremien", "papierlos", "ratsarbeit"],
        "internal": False,
        "author": "buerger@example.org",
        "comments": [
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Idee. Der Ältestenrat hat das Thema bereits beraten; ein "
                    "Teil der Fraktionen arbeitet schon papierlos."
                ),
                "replies": [
                    {
                        "author": "buerger@example.org",
                        "text": (
                            "Das ist ein guter Anfang. Gibt es Pläne, das verbindlich für alle "
                            "einzuführen?"
                        ),
                    },
                ],
            },
            {
                "author": "buergerin@example.org",
                "text": (
                    "Gute Idee, aber bitte darauf achten, dass die Unterlagen gleichzeitig auch "
                    "für die Öffentlichkeit online verfügbar sind."
                ),
                "replies": [],
            },
        ],
        "supporters": 8,
    },
    {
        "title": "Sperrmülltermin online buchen",
        "summary": (
            "Sperrmüll sollte man online anmelden, einen Abholtermin wählen und am Vortag eine "
            "Erinnerung erhalten können. Das Telefon der Abfallberatung ist oft besetzt."
        ),
        "description": (
            "Aktuell kann Sperrmüll nur telefonisch oder mit einer Postkarte angemeldet werden. "
            "Die Hotline ist vor allem nach Feiertagen kaum erreichbar, und den Termin erfährt "
            "man erst Tage später per Brief.\n\n"
            "### So könnte es laufen\n\n"
            "1. Gegenstände aus einer Liste auswählen (Sofa, Schrank, Matratze …)\n"
            "2. freien Abholtermin im Kalender wählen\n"
            "3. Bestätigung per E-Mail, Erinnerung am Vorabend\n"
            "4. Termin bei Bedarf selbst verschieben\n\n"
            "Zusätzlich wäre ein Hinweis auf Tausch- und Verschenkmöglichkeiten sinnvoll, damit "
            "brauchbare Möbel nicht im Müll landen."
        ),
        "category": "buergerservice",
        "tags": ["sperrmüll", "termine", "abfall"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": "Gerne auch mit der Möglichkeit, Elektrogeräte gleich mit anzumelden.",
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für den Vorschlag. Die Abfallwirtschaft plant eine Überarbeitung "
                    "ihres Online-Angebots; wir haben Ihre Idee dorthin weitergeleitet."
                ),
                "replies": [
                    {
                        "author": "buergerin@example.org",
                        "text": "Super, gibt es dafür schon einen ungefähren Zeitplan?",
                    },
                ],
            },
        ],
        "supporters": 23,
    },
    {
        "title": "Rufbus per App und Telefon für die Ortsteile",
        "summary": (
            "In den Ortsteilen, in denen abends und am Wochenende kaum Busse fahren, könnte ein "
            "digital buchbarer Rufbus die Lücken im Fahrplan schließen."
        ),
        "description": (
            "In den äußeren Ortsteilen fährt nach 19 Uhr und am Sonntag fast kein Bus mehr. Wer "
            "kein Auto hat, ist dann auf Taxis oder Fahrgemeinschaften angewiesen.\n\n"
            "Vorschlag:\n\n"
            "- ein Rufbus (Kleinbus), der per App, Website oder Telefon bestellt werden kann\n"
            "- Fahrten zwischen festen Haltepunkten, ohne starren Fahrplan\n"
            "- Fahrpreis nach Nahverkehrstarif, Abo-Karten gelten\n"
            "- Bündelung von Fahrtwünschen, damit der Bus möglichst gut ausgelastet ist\n\n"
            "Die telefonische Bestellung ist wichtig, damit auch ältere Menschen das Angebot "
            "nutzen können."
        ),
        "category": "mobilitaet",
        "tags": ["nahverkehr", "rufbus", "ortsteile"],
        "internal": False,
        "author": "buergerin@example.org",
        "comments": [
            {
                "author": "buerger@example.org",
                "text": (
                    "In unserem Ortsteil wäre das eine echte Verbesserung. Derzeit fahren wir "
                    "abends immer mit dem Auto."
                ),
                "replies": [],
            },
            {
                "author": "moderation@stadt-beispiel.de",
                "text": (
                    "Vielen Dank für die Idee. Ein solches Angebot auf Abruf wird im neuen "
                    "Nahverkehrsplan als Option geprüft."
                ),
                "replies": [],
            },
        ],
        "supporters": 15,
    },
    {
        "title": "Interne Wissensdatenbank für Auskünfte am Bürgertelefon",
        "summary": (
            "Das Bürgertelefon braucht eine gemeinsame, aktuelle Wissensdatenbank mit Antworten "
            "auf häufige Fragen, damit Auskünfte einheitlich und schnell gegeben werden können."
        ),
        "description": (
            "Am Bürgertelefon arbeiten wir derzeit mit einer Mischung aus ausgedruckten Listen, "
            "E-Mails der Fachämter und persönlichen Notizen. Ändern sich Gebühren oder "
            "Öffnungszeiten, erfährt das Team davon manchmal erst durch Rückfragen der "
            "Anrufenden.\n\n"
            "### Vorschlag\n\n"
            "- eine zentrale, durchsuchbare Wissensdatenbank im Intranet\n"
            "- jedes Fachamt benennt eine verantwortliche Person, die die eigenen Einträge "
            "pflegt\n"
            "- Ablaufdatum für Einträge, damit veraltete Informationen auffallen\n"
            "- dieselben Inhalte können später auch für die Website genutzt werden\n\n"
            "Das würde die Einarbeitung neuer Kolleginnen und Kollegen deutlich erleichtern und "
            "Fehlauskünfte vermeiden."
        ),
        "category": "buergerservice",
        "tags": ["bürgertelefon", "wissen", "intranet"],
        "internal": True,
        "author": "moderation@stadt-beispiel.de",
        "comments": [
            {
                "author": "it-amt@stadt-beispiel.de",
                "text": (
                    "Im Intranet gibt es bereits ein Wiki-Modul, das sich dafür eignen würde. Wir "
                    "können gern eine Testumgebung einrichten."
                ),
                "replies": [
                    {
                        "author": "moderation@stadt-beispiel.de",
                        "text": "Sehr gern, wir melden uns dazu mit zwei Kolleginnen aus dem Team.",
                    },
                ],
            },
        ],
        "supporters": 8,
    },
]
