<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>Connector Configurator</source>
        <translation>Steckverbinder-Konfigurator</translation>
    </message>
    <message>
        <source>Cannot open the catalog</source>
        <translation>Der Katalog kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Catalog not updated</source>
        <translation>Katalog nicht aktualisiert</translation>
    </message>
</context>
<context>
    <name>Bom</name>
    <message>
        <source>assembly %1</source>
        <translation>Baugruppe %1</translation>
    </message>
    <message>
        <source>Assembly %1 has no designation.</source>
        <translation>Baugruppe %1 hat kein Betriebsmittelkennzeichen.</translation>
    </message>
    <message>
        <source>The designation %1 is used by more than one assembly.</source>
        <translation>Das Betriebsmittelkennzeichen %1 wird von mehr als einer Baugruppe verwendet.</translation>
    </message>
    <message>
        <source>%1 cannot be built as given: %2</source>
        <translation>%1 kann so nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>The project has no parts to order.</source>
        <translation>Das Projekt enthält keine zu bestellenden Teile.</translation>
    </message>
    <message>
        <source>Total weight not known: the catalog states no weight for %1.</source>
        <translation>Gesamtgewicht nicht bekannt: Der Katalog gibt für %1 kein Gewicht an.</translation>
    </message>
    <message>
        <source>Total fire load not known: the catalog states no fire load for %1.</source>
        <translation>Gesamtbrandlast nicht bekannt: Der Katalog gibt für %1 keine Brandlast an.</translation>
    </message>
    <message>
        <source>%1: %2 is not in the catalog.</source>
        <translation>%1: %2 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>%1: %2 is superseded by %3; %3 is listed.</source>
        <translation>%1: %2 wurde durch %3 ersetzt; %3 wird aufgeführt.</translation>
    </message>
    <message>
        <source>%1: %2, chosen as %3, is not one of the fitting items (%4).</source>
        <translation>%1: %2, gewählt als %3, gehört nicht zu den passenden Artikeln (%4).</translation>
    </message>
    <message>
        <source>%1 needs a %2 (%3): choose one of %4.</source>
        <translation>%1 braucht: %2 (%3). Wählen Sie einen von %4.</translation>
    </message>
    <message>
        <source>Quantity of %1 (%2) for %3 not stated by the catalog: choose it yourself.</source>
        <translation>Menge von %1 (%2) für %3 ist im Katalog nicht angegeben: Legen Sie sie selbst fest.</translation>
    </message>
    <message>
        <source>%1: no quantity is given for %2; it is not listed.</source>
        <translation>%1: Für %2 ist keine Menge angegeben; der Artikel wird nicht aufgeführt.</translation>
    </message>
    <message>
        <source>The project has no assemblies.</source>
        <translation>Das Projekt enthält keine Baugruppen.</translation>
    </message>
    <message>
        <source>voltage not known</source>
        <translation>Spannung nicht bekannt</translation>
    </message>
    <message>
        <source>current not known</source>
        <translation>Strom nicht bekannt</translation>
    </message>
    <message>
        <source>Declaration of conformity (%1)</source>
        <translation>Konformitätserklärung (%1)</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Qty needed</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Packaging unit</source>
        <translation>Verpackungseinheit</translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation>Bestellmenge</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>IEC rating</source>
        <translation>Bemessungswerte IEC</translation>
    </message>
    <message>
        <source>UL rating</source>
        <translation>Bemessungswerte UL</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Zulassungen</translation>
    </message>
    <message>
        <source>Customs tariff</source>
        <translation>Zolltarifnummer</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Ursprungsland</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Gewicht (g)</translation>
    </message>
    <message>
        <source>Fire load (MJ)</source>
        <translation>Brandlast (MJ)</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>not known (%1 known)</source>
        <translation>nicht bekannt (%1 bekannt)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <source>quantity 1</source>
        <translation>Menge 1</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
</context>
<context>
    <name>BomExport</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of choices, e.g. &quot;csv, xlsx, pdf, html or json&quot;: %1 all but the last, %2 the last.</extracomment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <source>Unnamed project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Lines: %1, warnings: %2</source>
        <translation>Positionen: %1, Warnungen: %2</translation>
    </message>
    <message>
        <source>Pieces needed: %1, to order: %2</source>
        <translation>Benötigte Stück: %1, zu bestellen: %2</translation>
    </message>
    <message>
        <source>Weight: %1; fire load: %2</source>
        <translation>Gewicht: %1; Brandlast: %2</translation>
    </message>
    <message>
        <source>not known (%1 g for the lines that state it)</source>
        <translation>nicht bekannt (%1 g für die Positionen mit Angabe)</translation>
    </message>
    <message>
        <source>not known (%1 MJ for the lines that state it)</source>
        <translation>nicht bekannt (%1 MJ für die Positionen mit Angabe)</translation>
    </message>
    <message>
        <source>Bill of materials – %1 – %2</source>
        <translation>Stückliste – %1 – %2</translation>
    </message>
    <message>
        <source>%1 – bill of materials</source>
        <translation>%1 – Stückliste</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Bill of materials – %1</source>
        <translation>Stückliste – %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>Die Arbeitsmappe kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Die Arbeitsmappe kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>PDF export needs the graphical part of Qt, which is not running.</source>
        <translation>Der PDF-Export braucht den grafischen Teil von Qt, der nicht läuft.</translation>
    </message>
    <message>
        <source>Rules the lines rest on</source>
        <translation>Regeln, auf denen die Positionen beruhen</translation>
    </message>
    <message>
        <source>Warnings: %1; they and the rules the lines rest on are on the sheet &quot;%2&quot;.</source>
        <translation>Warnungen: %1; sie und die Regeln, auf denen die Positionen beruhen, stehen auf dem Blatt „%2“.</translation>
    </message>
    <message>
        <source>An empty cell is a value no source states (not known); a total stays empty until every line has its value.</source>
        <translation>Eine leere Zelle ist ein Wert, den keine Quelle angibt (nicht bekannt); eine Summe bleibt leer, bis jede Position ihren Wert hat.</translation>
    </message>
    <message>
        <source>Warnings and rules</source>
        <translation>Warnungen und Regeln</translation>
    </message>
</context>
<context>
    <name>BomViews</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Pieces needed %1, to order %2; weight %3 g, fire load %4 MJ</source>
        <translation>Benötigte Stück %1, zu bestellen %2; Gewicht %3 g, Brandlast %4 MJ</translation>
    </message>
    <message>
        <source>bill-of-materials</source>
        <translation>stueckliste</translation>
    </message>
    <message>
        <source>Export Bill of Materials</source>
        <translation>Stückliste exportieren</translation>
    </message>
    <message>
        <source>Exporting the bill of materials to %1…</source>
        <translation>Die Stückliste wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Print Bill of Materials</source>
        <translation>Stückliste drucken</translation>
    </message>
    <message>
        <source>Bill of materials written to %1</source>
        <translation>Stückliste geschrieben nach %1</translation>
    </message>
    <message>
        <source>Bill of materials written to %1; a %2 file holds no warnings: its %3 warnings are listed in the Bill of Materials pane</source>
        <translation>Stückliste geschrieben nach %1; eine %2-Datei enthält keine Warnungen: ihre %3 Warnungen stehen im Bereich Stückliste</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <source>Item number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Poles</source>
        <translation>Polzahl</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Rated current (IEC)</source>
        <translation>Bemessungsstrom (IEC)</translation>
    </message>
</context>
<context>
    <name>CatalogViews</name>
    <message>
        <source>The password was not accepted. Password for the catalog server %1:</source>
        <translation>Das Passwort wurde nicht angenommen. Passwort für den Katalogserver %1:</translation>
    </message>
    <message>
        <source>Password for the catalog server %1:</source>
        <translation>Passwort für den Katalogserver %1:</translation>
    </message>
    <message>
        <source>Catalog Server</source>
        <translation>Katalogserver</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Poles</source>
        <translation>Polzahl</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Cross-section</source>
        <translation>Leiterquerschnitt</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>Montageart</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Zulassung</translation>
    </message>
    <message>
        <source>Search item number, GTIN or words (Ctrl+F)</source>
        <translation>Artikelnummer, GTIN oder Begriffe suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole catalog again</source>
        <translation>Wieder den ganzen Katalog zeigen</translation>
    </message>
    <message>
        <source>The filter counts could not be read: %1</source>
        <translation>Die Anzahlen der Filterwerte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>More than %1 parts found</source>
        <translation>Mehr als %1 Teile gefunden</translation>
    </message>
    <message>
        <source>1 part found</source>
        <translation>1 Teil gefunden</translation>
    </message>
    <message>
        <source>%1 parts found</source>
        <translation>%1 Teile gefunden</translation>
    </message>
    <message>
        <source>counting filter values…</source>
        <translation>Filterwerte werden gezählt…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Write the bill of materials of a project (.ccproj).</source>
        <translation>Die Stückliste eines Projekts (.ccproj) schreiben.</translation>
    </message>
    <message>
        <source>Project file (.ccproj).</source>
        <translation>Projektdatei (.ccproj).</translation>
    </message>
    <message>
        <source>Output format: %1 (default: by the -o file&apos;s suffix, else %2).</source>
        <translation>Ausgabeformat: %1 (Vorgabe: nach der Endung der Datei von -o, sonst %2).</translation>
    </message>
    <message>
        <source>Write to FILE (needed for the binary formats: %1).</source>
        <translation>In DATEI schreiben (nötig für die Binärformate: %1).</translation>
    </message>
    <message>
        <source>Name one project file.</source>
        <translation>Nennen Sie eine Projektdatei.</translation>
    </message>
    <message>
        <source>The %1 format needs an output file: -o FILE.</source>
        <translation>Das Format %1 braucht eine Ausgabedatei: -o FILE.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Tell whether two parts mate, and why (exit 0 mates, 1 does not, 3 unknown).</source>
        <translation>Sagt, ob zwei Teile zusammenpassen, und warum (Exit-Code 0 passt, 1 passt nicht, 3 unbekannt).</translation>
    </message>
    <message>
        <source>Name two item numbers.</source>
        <translation>Nennen Sie zwei Artikelnummern.</translation>
    </message>
    <message>
        <source>  listed as counterparts in the catalog
</source>
        <translation>  im Katalog als Gegenstücke aufgeführt
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Use the catalog database DB: a file, or postgresql://user@host:port/dbname.</source>
        <translation>Die Katalogdatenbank DB verwenden: eine Datei oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>Try &apos;%1 %2 --help&apos;.</source>
        <translation>Siehe &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown item: %1 is not in the catalog.</source>
        <translation>Unbekannter Artikel: %1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Item number.</source>
        <translation>Artikelnummer.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>--db needs a file name or a postgresql:// address.</source>
        <translation>--db braucht einen Dateinamen oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>Copy the whole catalog from one database to another (SQLite file or postgresql://user@host:port/dbname), both ways.</source>
        <translation>Den ganzen Katalog von einer Datenbank in eine andere kopieren (SQLite-Datei oder postgresql://benutzer@host:port/datenbank), in beide Richtungen.</translation>
    </message>
    <message>
        <source>The database to copy from.</source>
        <translation>Die Datenbank, aus der kopiert wird.</translation>
    </message>
    <message>
        <source>The database to copy to (created or upgraded as needed).</source>
        <translation>Die Datenbank, in die kopiert wird (wird bei Bedarf angelegt oder aktualisiert).</translation>
    </message>
    <message>
        <source>Replace the catalog the target holds (otherwise it must be empty).</source>
        <translation>Den Katalog im Ziel ersetzen (sonst muss es leer sein).</translation>
    </message>
    <message>
        <source>Name both databases: --from DB --to DB.</source>
        <translation>Nennen Sie beide Datenbanken: --from DB --to DB.</translation>
    </message>
    <message>
        <source>copy-catalog takes no arguments besides its options.</source>
        <translation>copy-catalog nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation>--from und --to nennen dieselbe Datenbank.</translation>
    </message>
    <message>
        <source>Cannot write to %1: it is read-only for this program.</source>
        <translation>In %1 kann nicht geschrieben werden: für dieses Programm ist sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>Copied the catalog from %1 to %2.</source>
        <translation>Der Katalog wurde von %1 nach %2 kopiert.</translation>
    </message>
    <message>
        <source>Nothing was changed in the target.</source>
        <translation>Im Ziel wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Write a catalog of synthetic test parts (for benchmarks) into --db FILE.</source>
        <translation>Einen Katalog synthetischer Testteile (für Benchmarks) in --db FILE schreiben.</translation>
    </message>
    <message>
        <source>Number of parts (default 1000).</source>
        <translation>Anzahl der Teile (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Startwert des Generators (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Name the database to write with --db FILE.</source>
        <translation>Nennen Sie die zu schreibende Datenbank mit --db FILE.</translation>
    </message>
    <message>
        <source>generate-catalog takes no arguments.</source>
        <translation>generate-catalog nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--parts takes a number from 1 to 10000000, --seed a whole number.</source>
        <translation>--parts nimmt eine Zahl von 1 bis 10000000, --seed eine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 synthetic parts written to %2 in %3 s</source>
        <translation>%1 synthetische Teile in %3 s nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Import vendor datasheets (text or PDF) into the catalog.</source>
        <translation>Herstellerdatenblätter (Text oder PDF) in den Katalog importieren.</translation>
    </message>
    <message>
        <source>Datasheet file (text or PDF).</source>
        <translation>Datenblattdatei (Text oder PDF).</translation>
    </message>
    <message>
        <source>Write nothing; report what would change.</source>
        <translation>Nichts schreiben; nur melden, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Let the datasheet overwrite values the user edited.</source>
        <translation>Das Datenblatt darf vom Benutzer bearbeitete Werte überschreiben.</translation>
    </message>
    <message>
        <source>Name at least one datasheet file.</source>
        <translation>Nennen Sie mindestens eine Datenblattdatei.</translation>
    </message>
    <message>
        <source>List the parts that mate with a part, and the near misses.</source>
        <translation>Die Teile auflisten, die zu einem Teil passen, und die beinahe passenden.</translation>
    </message>
    <message>
        <source>Name one item number.</source>
        <translation>Nennen Sie eine Artikelnummer.</translation>
    </message>
    <message>
        <source>  none
</source>
        <translation>  keine
</translation>
    </message>
    <message>
        <source>Mates with:</source>
        <translation>Passt zu:</translation>
    </message>
    <message>
        <source>
Near misses (one condition fails):</source>
        <translation>
Beinahe passend (eine Bedingung nicht erfüllt):</translation>
    </message>
    <message>
        <source>
Not decidable from the data:</source>
        <translation>
Aus den Daten nicht entscheidbar:</translation>
    </message>
    <message>
        <source>Search the catalog as the catalog pane does, with facet counts.</source>
        <translation>Den Katalog wie die Katalogansicht durchsuchen, mit Anzahlen je Filterwert.</translation>
    </message>
    <message>
        <source>Words, item numbers or GTINs (any text).</source>
        <translation>Begriffe, Artikelnummern oder GTINs (beliebiger Text).</translation>
    </message>
    <message>
        <source>Keep parts whose KEY is VALUE (keys: %1); repeatable.</source>
        <translation>Nur Teile, deren KEY gleich VALUE ist (Schlüssel: %1); wiederholbar.</translation>
    </message>
    <message>
        <source>Print at most N parts (default 50).</source>
        <translation>Höchstens N Teile ausgeben (Vorgabe 50).</translation>
    </message>
    <message>
        <source>A filter is KEY=VALUE with KEY one of %1.</source>
        <translation>Ein Filter lautet KEY=VALUE mit KEY aus %1.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 0 or more.</source>
        <translation>--limit nimmt eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>1 part found</source>
        <translation>1 Teil gefunden</translation>
    </message>
    <message>
        <source>%1 parts found</source>
        <translation>%1 Teile gefunden</translation>
    </message>
    <message>
        <source>  … %1 more (use --limit)
</source>
        <translation>  … %1 weitere (--limit verwenden)
</translation>
    </message>
    <message>
        <source>Print the whole record of a part.</source>
        <translation>Den vollständigen Datensatz eines Teils ausgeben.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db DB]                start the application
       %1 COMMAND [OPTIONS] [ARGS]  run a command

Commands:
</source>
        <translation>Aufruf: %1 [--db DB]               die Anwendung starten
        %1 BEFEHL [OPTIONEN] [ARG]  einen Befehl ausführen

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  --db DB             use the catalog database DB: a file, or a PostgreSQL server as
                      postgresql://user@host:port/dbname (default: the user&apos;s catalog)
  -h, --help          show this help; COMMAND --help shows a command&apos;s options
  -v, --version       show the version
</source>
        <translation>
Optionen:
  --db DB             die Katalogdatenbank DB verwenden: eine Datei oder ein PostgreSQL-Server als
                      postgresql://benutzer@host:port/datenbank (Vorgabe: der Katalog des Benutzers)
  -h, --help          diese Hilfe zeigen; BEFEHL --help zeigt die Optionen eines Befehls
  -v, --version       die Version zeigen
</translation>
    </message>
    <message>
        <source>Decide no choice by a default: every choice the project leaves open stays a warning.</source>
        <translation>Keine Auswahl durch eine Vorgabe entscheiden: jede Auswahl, die das Projekt offen lässt, bleibt eine Warnung.</translation>
    </message>
    <message>
        <source>Import catalog feeds (BMEcat with ETIM features, XML or zipped) into the catalog.</source>
        <translation>Katalogdaten (BMEcat mit ETIM-Merkmalen, XML oder gepackt) in den Katalog importieren.</translation>
    </message>
    <message>
        <source>Catalog feed: a BMEcat file (.xml) or an archive holding one (.zip).</source>
        <translation>Katalogdatei: eine BMEcat-Datei (.xml) oder ein Archiv, das eine enthält (.zip).</translation>
    </message>
    <message>
        <source>The family of products whose file names none (MANUFACTURER_TYPE_DESCR).</source>
        <translation>Die Familie der Produkte, deren Datei keine nennt (MANUFACTURER_TYPE_DESCR).</translation>
    </message>
    <message>
        <source>Take the manufacturer&apos;s item numbers (MANUFACTURER_PID) instead of the supplier&apos;s.</source>
        <translation>Die Artikelnummern des Herstellers (MANUFACTURER_PID) statt der des Lieferanten verwenden.</translation>
    </message>
    <message>
        <source>Let the file overwrite values the user edited.</source>
        <translation>Die Datei darf Werte überschreiben, die der Benutzer bearbeitet hat.</translation>
    </message>
    <message>
        <source>Name at least one catalog file.</source>
        <translation>Nennen Sie mindestens eine Katalogdatei.</translation>
    </message>
    <message>
        <source>--family needs a name.</source>
        <translation>--family braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>Configurator</name>
    <message>
        <source>&lt;p&gt;No assembly yet: choose a socket.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Baugruppe: Wählen Sie eine Buchse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bemessungswerte</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Approvals all parts share</source>
        <translation>Gemeinsame Zulassungen aller Teile</translation>
    </message>
    <message>
        <source>not known: a part states no approvals</source>
        <translation>nicht bekannt: Ein Teil gibt keine Zulassungen an</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Clear the %1 operation</source>
        <translation>Betätigungsart für %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Choose %1 operation of the %2</source>
        <translation>Betätigungsart %1 für %2 wählen</translation>
    </message>
    <message>
        <source>Clear the %1 colour</source>
        <translation>Farbe für %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Choose %1 %2</source>
        <translation>%1 %2 wählen</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>Make the socket a spare (not mated)</source>
        <translation>Buchse als Reserve (ungesteckt) vorsehen</translation>
    </message>
    <message>
        <source>Set plug %1</source>
        <translation>Stecker %1 setzen</translation>
    </message>
    <message>
        <source>mounting</source>
        <translation>Montageart</translation>
    </message>
    <message>
        <source>cable diameter</source>
        <translation>Leitungsdurchmesser</translation>
    </message>
    <message>
        <source>cable count</source>
        <translation>Anzahl Leitungen</translation>
    </message>
    <message>
        <source>conductor class</source>
        <translation>Leiterart</translation>
    </message>
    <message>
        <source>conductor cross-section</source>
        <translation>Leiterquerschnitt</translation>
    </message>
    <message>
        <source>panel thickness</source>
        <translation>Plattenstärke</translation>
    </message>
    <message>
        <source>socket side</source>
        <translation>Buchsenseite</translation>
    </message>
    <message>
        <source>plug side</source>
        <translation>Steckerseite</translation>
    </message>
    <message>
        <source>Clear %1 of %2</source>
        <translation>%1 von %2 zurücksetzen</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Set socket %1</source>
        <translation>Buchse %1 setzen</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <source>%1 for the socket side</source>
        <translation>%1 für die Buchsenseite</translation>
    </message>
    <message>
        <source>%1 for the plug side</source>
        <translation>%1 für die Steckerseite</translation>
    </message>
    <message>
        <source>No %1 is chosen: choose one of %2.</source>
        <translation>Kein %1 ist gewählt: Wählen Sie eines von %2.</translation>
    </message>
    <message>
        <source>%1, chosen as %2, is not one of the fitting items: choose one of %3.</source>
        <translation>%1, gewählt als %2, gehört nicht zu den passenden Artikeln: Wählen Sie einen von %3.</translation>
    </message>
    <message>
        <source>The catalog does not state the quantity of %1 (%2): enter it.</source>
        <translation>Der Katalog gibt die Menge von %1 (%2) nicht an: Geben Sie sie ein.</translation>
    </message>
    <message>
        <source>Clear the choice of %1</source>
        <translation>Auswahl von %1 aufheben</translation>
    </message>
    <message>
        <source>Choose %1 as %2</source>
        <translation>%1 als %2 wählen</translation>
    </message>
    <message>
        <source>Clear the quantity of %1 %2</source>
        <translation>Menge von %1 %2 aufheben</translation>
    </message>
    <message>
        <source>Quantity of %1 %2 back to the rule&apos;s (%3)</source>
        <translation>Menge von %1 %2 zurück auf die der Regel (%3)</translation>
    </message>
    <message>
        <source>Quantity of %1 %2 back to the default (%3)</source>
        <translation>Menge von %1 %2 zurück auf die Vorgabe (%3)</translation>
    </message>
    <message>
        <source>Set the quantity of %1 %2 to %3</source>
        <translation>Menge von %1 %2 auf %3 setzen</translation>
    </message>
</context>
<context>
    <name>ConfiguratorViews</name>
    <message>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>item number, e.g. 770-1324</source>
        <translation>Artikelnummer, z. B. 770-1324</translation>
    </message>
    <message>
        <source>&amp;Socket:</source>
        <translation>&amp;Buchse:</translation>
    </message>
    <message>
        <source>S&amp;tart Assembly</source>
        <translation>Baugruppe &amp;beginnen</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>An Ansicht &amp;anpassen</translation>
    </message>
    <message>
        <source>Spare socket (not &amp;mated)</source>
        <translation>Reservebuchse (nicht &amp;gesteckt)</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>%1 is not a socket: start an assembly from a socket.</source>
        <translation>%1 ist keine Buchse: Beginnen Sie eine Baugruppe mit einer Buchse.</translation>
    </message>
    <message>
        <source>%1 does not mate with %2:</source>
        <translation>%1 passt nicht zu %2:</translation>
    </message>
    <message>
        <source>Choose a socket: type its item number, or use Assembly ▸ Configure with this Socket in the catalog.</source>
        <translation>Wählen Sie eine Buchse: Geben Sie ihre Artikelnummer ein, oder verwenden Sie im Katalog Baugruppe ▸ Mit dieser Buchse konfigurieren.</translation>
    </message>
    <message>
        <source>%1 is not mated (spare socket). Drag a plug onto it, or press Enter on one in the list.</source>
        <translation>%1 ist nicht gesteckt (Reservebuchse). Ziehen Sie einen Stecker darauf, oder drücken Sie in der Liste auf einem Stecker die Eingabetaste.</translation>
    </message>
    <message>
        <source>%1 and %2 are mated.</source>
        <translation>%1 und %2 sind gesteckt.</translation>
    </message>
    <message>
        <source>pole count not known</source>
        <translation>Polzahl nicht bekannt</translation>
    </message>
    <message>
        <source>dimensions not known (outline, not to scale)</source>
        <translation>Maße nicht bekannt (Umriss, nicht maßstäblich)</translation>
    </message>
    <message>
        <source>pin spacing not known</source>
        <translation>Rastermaß nicht bekannt</translation>
    </message>
    <message>
        <source>mated</source>
        <translation>gesteckt</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Gegenstücke</translation>
    </message>
    <message>
        <source>Nothing in the catalog mates with %1</source>
        <translation>Nichts im Katalog passt zu %1</translation>
    </message>
    <message>
        <source>Mate with %1</source>
        <translation>Mit %1 stecken</translation>
    </message>
    <message>
        <source>✓ mates (listed counterpart)</source>
        <translation>✓ passt (genanntes Gegenstück)</translation>
    </message>
    <message>
        <source>✓ mates</source>
        <translation>✓ passt</translation>
    </message>
    <message>
        <source>Near misses (do not mate)</source>
        <translation>Beinahe passend (passen nicht)</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Not known whether they mate</source>
        <translation>Nicht bekannt, ob sie zusammenpassen</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>Other plugs (do not mate)</source>
        <translation>Andere Stecker (passen nicht)</translation>
    </message>
    <message>
        <source>Drag onto the socket to mate</source>
        <translation>Zum Stecken auf die Buchse ziehen</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Socket side</source>
        <translation>Buchsenseite</translation>
    </message>
    <message>
        <source>Plug side</source>
        <translation>Steckerseite</translation>
    </message>
    <message>
        <source>as the part states</source>
        <translation>wie im Teil angegeben</translation>
    </message>
    <message>
        <source>&amp;Mounting:</source>
        <translation>&amp;Montageart:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Cable &amp;outer diameter:</source>
        <translation>Leitungs&amp;außendurchmesser:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Cable &amp;count:</source>
        <translation>Anzahl Lei&amp;tungen:</translation>
    </message>
    <message>
        <source>Conductor c&amp;lass:</source>
        <translation>Leiter&amp;art:</translation>
    </message>
    <message>
        <source> mm²</source>
        <translation> mm²</translation>
    </message>
    <message>
        <source>Cross-&amp;section:</source>
        <translation>Leiter&amp;querschnitt:</translation>
    </message>
    <message>
        <source>&amp;Panel thickness:</source>
        <translation>&amp;Plattenstärke:</translation>
    </message>
    <message>
        <source>%1 (to choose)</source>
        <translation>%1 (zur Auswahl)</translation>
    </message>
    <message>
        <source>%1 (socket)</source>
        <translation>%1 (Buchse)</translation>
    </message>
    <message>
        <source>%1 (plug)</source>
        <translation>%1 (Stecker)</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Vorgabe)</translation>
    </message>
    <message>
        <source>Clear the quantity</source>
        <translation>Menge aufheben</translation>
    </message>
    <message>
        <source>Back to the default quantity (%1)</source>
        <translation>Zurück auf die Vorgabemenge (%1)</translation>
    </message>
    <message>
        <source>Back to the rule&apos;s quantity (%1)</source>
        <translation>Zurück auf die Menge der Regel (%1)</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Menge: %1</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty per assembly</source>
        <translation>Menge je Baugruppe</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>What the line rests on: rules, defaults, your choices</source>
        <translation>Worauf die Position beruht: Regeln, Vorgaben, Ihre Auswahl</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Erforderlich: %1</translation>
    </message>
    <message>
        <source>Optional: %1</source>
        <translation>Optional: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (does not fit)</source>
        <translation>%1 (passt nicht)</translation>
    </message>
    <message>
        <source>%1 of %2 poles</source>
        <translation>%1 von %2 Polen</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Clear the choice of the item</source>
        <translation>Auswahl des Artikels aufheben</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Vorgabe)</translation>
    </message>
    <message>
        <source>Chosen by the project&apos;s defaults (Project ▸ Properties…); choose another to override them.</source>
        <translation>Gewählt durch die Vorgaben des Projekts (Projekt ▸ Eigenschaften…); wählen Sie etwas anderes, um sie zu übergehen.</translation>
    </message>
    <message>
        <source>Go to the input that resolves this</source>
        <translation>Zur Eingabe, die dies behebt</translation>
    </message>
</context>
<context>
    <name>Datasheet</name>
    <message>
        <source>Identity</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Poles</source>
        <translation>Polzahl</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Cover colour</source>
        <translation>Farbe der Abdeckung</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>Montageart</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Connection data</source>
        <translation>Anschlussdaten</translation>
    </message>
    <message>
        <source>Connection points</source>
        <translation>Anzahl Klemmstellen</translation>
    </message>
    <message>
        <source>Potentials</source>
        <translation>Anzahl Potentiale</translation>
    </message>
    <message>
        <source>Connection technology</source>
        <translation>Anschlusstechnik</translation>
    </message>
    <message>
        <source>Actuation</source>
        <translation>Betätigungsart</translation>
    </message>
    <message>
        <source>Nominal cross-section</source>
        <translation>Nennquerschnitt</translation>
    </message>
    <message>
        <source>Nominal cross-section (AWG)</source>
        <translation>Nennquerschnitt (AWG)</translation>
    </message>
    <message>
        <source>Strip length</source>
        <translation>Abisolierlänge</translation>
    </message>
    <message>
        <source>Conductor entry to mating direction</source>
        <translation>Leitereinführung zur Steckrichtung</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <source>Pin spacing</source>
        <translation>Rastermaß</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Mechanical data</source>
        <translation>Mechanische Daten</translation>
    </message>
    <message>
        <source>Variable coding</source>
        <translation>Variable Kodierung</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Potential marking</source>
        <translation>Potentialkennzeichnung</translation>
    </message>
    <message>
        <source>Mating force</source>
        <translation>Steckkraft</translation>
    </message>
    <message>
        <source>Unmating force (unlocked)</source>
        <translation>Ziehkraft (unverriegelt)</translation>
    </message>
    <message>
        <source>Retention force (locked), at least</source>
        <translation>Haltekraft (verriegelt), mindestens</translation>
    </message>
    <message>
        <source>Mating cycles</source>
        <translation>Steckzyklen</translation>
    </message>
    <message>
        <source>Protection type</source>
        <translation>Schutzart</translation>
    </message>
    <message>
        <source>Protection type, mated with strain relief housing</source>
        <translation>Schutzart, gesteckt mit Zugentlastungsgehäuse</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Kontaktart</translation>
    </message>
    <message>
        <source>Connector for</source>
        <translation>Steckverbinder für</translation>
    </message>
    <message>
        <source>Mismating protection</source>
        <translation>Fehlsteckschutz</translation>
    </message>
    <message>
        <source>Locking lever</source>
        <translation>Verriegelungshebel</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verriegelung</translation>
    </message>
    <message>
        <source>Contact resistance, approx.</source>
        <translation>Durchgangswiderstand, ca.</translation>
    </message>
    <message>
        <source>Transition plug/socket, approx.</source>
        <translation>Übergangswiderstand Stecker/Buchse, ca.</translation>
    </message>
    <message>
        <source>Accessory data</source>
        <translation>Zubehördaten</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Anzahl Leitungen</translation>
    </message>
    <message>
        <source>Cable outer diameter</source>
        <translation>Leitungsaußendurchmesser</translation>
    </message>
    <message>
        <source>Panel thickness</source>
        <translation>Plattenstärke</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Betätigung</translation>
    </message>
    <message>
        <source>For mounting</source>
        <translation>Für Montageart</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Separable</source>
        <translation>Teilbar</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Werkstoff</translation>
    </message>
    <message>
        <source>Blade width</source>
        <translation>Klingenbreite</translation>
    </message>
    <message>
        <source>Blade thickness</source>
        <translation>Klingenstärke</translation>
    </message>
    <message>
        <source>Material data</source>
        <translation>Werkstoffdaten</translation>
    </message>
    <message>
        <source>Material group</source>
        <translation>Isolierstoffgruppe</translation>
    </message>
    <message>
        <source>Insulation material</source>
        <translation>Isolierstoff</translation>
    </message>
    <message>
        <source>Flammability class per UL94</source>
        <translation>Brennbarkeitsklasse nach UL94</translation>
    </message>
    <message>
        <source>Clamping spring material</source>
        <translation>Werkstoff Klemmfeder</translation>
    </message>
    <message>
        <source>Contact material</source>
        <translation>Kontaktwerkstoff</translation>
    </message>
    <message>
        <source>Contact plating</source>
        <translation>Kontaktoberfläche</translation>
    </message>
    <message>
        <source>Fire load</source>
        <translation>Brandlast</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Environmental requirements</source>
        <translation>Umweltanforderungen</translation>
    </message>
    <message>
        <source>Processing temperature</source>
        <translation>Verarbeitungstemperatur</translation>
    </message>
    <message>
        <source>Continuous operating temperature</source>
        <translation>Dauergebrauchstemperatur</translation>
    </message>
    <message>
        <source>Insulating parts rated up to</source>
        <translation>Isolierteile bemessen bis</translation>
    </message>
    <message>
        <source>Commercial data</source>
        <translation>Kaufmännische Daten</translation>
    </message>
    <message>
        <source>Packaging unit</source>
        <translation>Verpackungseinheit</translation>
    </message>
    <message>
        <source>Packaging type</source>
        <translation>Verpackungsart</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Customs tariff number</source>
        <translation>Zolltarifnummer</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Ursprungsland</translation>
    </message>
    <message>
        <source>RoHS</source>
        <translation>RoHS</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Internetadresse</translation>
    </message>
    <message>
        <source>Datasheet, printed %1</source>
        <translation>Datenblatt, gedruckt am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>pole count not known</source>
        <translation>Polzahl nicht bekannt</translation>
    </message>
    <message>
        <source>Cod. %1</source>
        <translation>Kod. %1</translation>
    </message>
    <message>
        <source>socket face</source>
        <translation>Steckgesicht Buchse</translation>
    </message>
    <message>
        <source>plug face</source>
        <translation>Steckgesicht Stecker</translation>
    </message>
    <message>
        <source>dimensions not known</source>
        <translation>Maße nicht bekannt</translation>
    </message>
    <message>
        <source>colour not known</source>
        <translation>Farbe nicht bekannt</translation>
    </message>
    <message>
        <source>, imported %1</source>
        <translation>, importiert am %1</translation>
    </message>
    <message>
        <source>required or optional: not known</source>
        <translation>erforderlich oder optional: nicht bekannt</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source> (overvoltage category %1, pollution degree %2)</source>
        <translation> (Überspannungskategorie %1, Verschmutzungsgrad %2)</translation>
    </message>
    <message>
        <source>(%1 is superseded; its successor is %2)</source>
        <translation>(%1 ist ersetzt; der Nachfolger ist %2)</translation>
    </message>
    <message>
        <source>Electrical ratings</source>
        <translation>Elektrische Bemessungswerte</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bemessungswerte</translation>
    </message>
    <message>
        <source>Conductors</source>
        <translation>Leiter</translation>
    </message>
    <message>
        <source>Conductor ranges</source>
        <translation>Leiterquerschnittsbereiche</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>eCl@ss / ETIM</source>
        <translation>eCl@ss / ETIM</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Zulassungen</translation>
    </message>
    <message>
        <source>no standard named</source>
        <translation>keine Norm genannt</translation>
    </message>
    <message>
        <source>no certificate number</source>
        <translation>keine Zertifikatsnummer</translation>
    </message>
    <message>
        <source>Counterparts and accessories</source>
        <translation>Gegenstücke und Zubehör</translation>
    </message>
    <message>
        <source>Related parts</source>
        <translation>Zugehörige Teile</translation>
    </message>
    <message>
        <source>counterpart</source>
        <translation>Gegenstück</translation>
    </message>
    <message>
        <source>accessory</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1 is superseded; this is its successor %2.</source>
        <translation>%1 ist ersetzt; dies ist der Nachfolger %2.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Zulassung</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Gegenstücke</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>%1 (derived from the listing on the datasheet of %2, source %3)</source>
        <translation>%1 (abgeleitet aus der Aufführung im Datenblatt von %2, Quelle %3)</translation>
    </message>
    <message>
        <source>%1 (derived, source %2)</source>
        <translation>%1 (abgeleitet, Quelle %2)</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s item number</source>
        <translation>Artikelnummer des Herstellers</translation>
    </message>
    <message>
        <source>Supplier&apos;s item number</source>
        <translation>Artikelnummer des Lieferanten</translation>
    </message>
    <message>
        <source>Kit contents</source>
        <translation>Inhalt des Sets</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Ersatzteile</translation>
    </message>
    <message>
        <source>Similar parts</source>
        <translation>Ähnliche Artikel</translation>
    </message>
    <message>
        <source>Data sheet</source>
        <translation>Datenblatt</translation>
    </message>
    <message>
        <source>Dimensioned drawing</source>
        <translation>Maßzeichnung</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Importing datasheets</source>
        <translation>Datenblätter werden importiert</translation>
    </message>
    <message>
        <source>another user changed %1 since the preview was made, so nothing was imported (their change is kept). Open the import again to see what it changes now.</source>
        <translation>ein anderer Benutzer hat %1 seit der Vorschau geändert, daher wurde nichts importiert (seine Änderung bleibt erhalten). Öffnen Sie den Import erneut, um zu sehen, was er jetzt ändert.</translation>
    </message>
    <message>
        <source>Import datasheet</source>
        <translation>Datenblatt importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n datasheets</source>
        <translation>
            <numerusform>%n Datenblatt importieren</numerusform>
            <numerusform>%n Datenblätter importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import of datasheets</source>
        <translation>Import der Datenblätter wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>another user changed %1 after this import, so it was not undone (their change is kept)</source>
        <translation>ein anderer Benutzer hat %1 nach diesem Import geändert, daher wurde er nicht rückgängig gemacht (seine Änderung bleibt erhalten)</translation>
    </message>
    <message>
        <source>Checking the catalog %1</source>
        <translation>Katalog %1 wird geprüft</translation>
    </message>
    <message>
        <source>Importing the catalog %1</source>
        <translation>Katalog %1 wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing a catalog</source>
        <translation>Ein Katalog wird importiert</translation>
    </message>
    <message>
        <source>Import catalog %1</source>
        <translation>Katalog %1 importieren</translation>
    </message>
    <message>
        <source>Undoing the import of the catalog %1</source>
        <translation>Import des Katalogs %1 wird rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>ImportViews</name>
    <message>
        <source>Let the datasheets overwrite values I edited myself</source>
        <translation>Datenblätter dürfen von mir bearbeitete Werte überschreiben</translation>
    </message>
    <message>
        <source>Import datasheets</source>
        <translation>Datenblätter importieren</translation>
    </message>
    <message>
        <source>The import will make these changes:</source>
        <translation>Der Import nimmt diese Änderungen vor:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing datasheet %1 of %2…</source>
        <translation>Datenblatt %1 von %2 wird importiert…</translation>
    </message>
    <message>
        <source>Reading datasheet %1 of %2…</source>
        <translation>Datenblatt %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the datasheets…</source>
        <translation>Die Datenblätter werden gelesen…</translation>
    </message>
    <message>
        <source>The datasheets could not be checked: %1</source>
        <translation>Die Datenblätter konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Importing the datasheets…</source>
        <translation>Die Datenblätter werden importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported: the datasheets change nothing.</source>
        <translation>Nichts wurde importiert: Die Datenblätter ändern nichts.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Unchanged: the catalog already holds what these datasheets state.</source>
        <translation>Unverändert: Der Katalog enthält bereits, was diese Datenblätter angeben.</translation>
    </message>
    <message>
        <source>Use the manufacturer&apos;s item numbers (MANUFACTURER_PID)</source>
        <translation>Artikelnummern des Herstellers verwenden (MANUFACTURER_PID)</translation>
    </message>
    <message>
        <source>Let the catalog overwrite values I edited myself</source>
        <translation>Der Katalog darf Werte überschreiben, die ich selbst bearbeitet habe</translation>
    </message>
    <message>
        <source>Save a snapshot of the whole catalog first</source>
        <translation>Zuerst einen Schnappschuss des ganzen Katalogs speichern</translation>
    </message>
    <message>
        <source>Import catalog %1</source>
        <translation>Katalog %1 importieren</translation>
    </message>
    <message>
        <source>as the file states it</source>
        <translation>wie die Datei es angibt</translation>
    </message>
    <message>
        <source>Family of products whose file names none:</source>
        <translation>Familie der Produkte, deren Datei keine nennt:</translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation>Der Katalog wird gelesen…</translation>
    </message>
    <message>
        <source>The catalog could not be checked: %1</source>
        <translation>Der Katalog konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing of it would be written.</source>
        <translation>Diese Datei kann nicht importiert werden; nichts davon würde geschrieben.</translation>
    </message>
    <message>
        <source>Products read: %1. To add: %2, to change: %3, unchanged: %4, to delete: %5, skipped: %6. Parts with conflicts: %7. References left unresolved: %8.</source>
        <translation>Gelesene Produkte: %1. Hinzuzufügen: %2, zu ändern: %3, unverändert: %4, zu löschen: %5, übersprungen: %6. Artikel mit Konflikten: %7. Offene Verweise: %8.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more lines</source>
        <translation>
            <numerusform>… %n weitere Zeile</numerusform>
            <numerusform>… %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>This import of %1 products cannot be undone (Edit ▸ Undo holds imports of up to %2 products). With the snapshot, File ▸ Restore Catalog Snapshot… brings the whole catalog back as it is now.</source>
        <translation>Dieser Import von %1 Produkten kann nicht rückgängig gemacht werden (Bearbeiten ▸ Rückgängig fasst Importe bis %2 Produkte). Mit dem Schnappschuss stellt Datei ▸ Katalog-Schnappschuss wiederherstellen… den ganzen Katalog so wieder her, wie er jetzt ist.</translation>
    </message>
    <message>
        <source>Saving a snapshot of the catalog…</source>
        <translation>Ein Schnappschuss des Katalogs wird gespeichert…</translation>
    </message>
    <message>
        <source>Importing the catalog…</source>
        <translation>Der Katalog wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported: the catalog changes nothing.</source>
        <translation>Nichts wurde importiert: Der Katalog ändert nichts.</translation>
    </message>
</context>
<context>
    <name>MainViews</name>
    <message>
        <source>Connector Configurator</source>
        <translation>Steckverbinder-Konfigurator</translation>
    </message>
    <message>
        <source>&amp;Datasheet</source>
        <translation>Da&amp;tenblatt</translation>
    </message>
    <message>
        <source>C&amp;onfigurator</source>
        <translation>K&amp;onfigurator</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Bill of Materials</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;Catalog Database…</source>
        <translation>&amp;Katalogdatenbank öffnen…</translation>
    </message>
    <message>
        <source>Connect to Catalog &amp;Server…</source>
        <translation>Mit &amp;Katalogserver verbinden…</translation>
    </message>
    <message>
        <source>&amp;Import Datasheets…</source>
        <translation>Datenblätter &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Print Datasheet…</source>
        <translation>Datenblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Export Datasheet as PDF…</source>
        <translation>Datenblatt als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find in Catalog</source>
        <translation>Im Katalog &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Assembly</source>
        <translation>Bau&amp;gruppe</translation>
    </message>
    <message>
        <source>&amp;Configure with this Socket</source>
        <translation>Mit dieser Buchse &amp;konfigurieren</translation>
    </message>
    <message>
        <source>&amp;Add Current Assembly to Project</source>
        <translation>Aktuelle Baugruppe zum Projekt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Connector Configurator</source>
        <translation>&amp;Über Steckverbinder-Konfigurator</translation>
    </message>
    <message>
        <source>The catalog is empty</source>
        <translation>Der Katalog ist leer</translation>
    </message>
    <message>
        <source>This database holds no parts yet.</source>
        <translation>Diese Datenbank enthält noch keine Teile.</translation>
    </message>
    <message>
        <source>Open Catalog Database</source>
        <translation>Katalogdatenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect to Catalog Server</source>
        <translation>Mit Katalogserver verbinden</translation>
    </message>
    <message>
        <source>Address of the shared catalog on a PostgreSQL server
(postgresql://user@host:port/dbname; the password is asked for when needed):</source>
        <translation>Adresse des gemeinsamen Katalogs auf einem PostgreSQL-Server
(postgresql://benutzer@host:port/datenbank; nach dem Passwort wird bei Bedarf gefragt):</translation>
    </message>
    <message>
        <source>A server&apos;s address starts with postgresql://, for example postgresql://anna@db.example.com:5432/catalog.</source>
        <translation>Die Adresse eines Servers beginnt mit postgresql://, zum Beispiel postgresql://anna@db.example.com:5432/catalog.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Catalog not updated</source>
        <translation>Katalog nicht aktualisiert</translation>
    </message>
    <message>
        <source>Import Datasheets</source>
        <translation>Datenblätter importieren</translation>
    </message>
    <message>
        <source>Datasheets (*.pdf *.txt);;PDF files (*.pdf);;Text files (*.txt);;All files (*)</source>
        <translation>Datenblätter (*.pdf *.txt);;PDF-Dateien (*.pdf);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The database %1 is read-only: nothing can be imported into it.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt: Es kann nichts in sie importiert werden.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Datasheet imported</source>
        <translation>Datenblatt importiert</translation>
    </message>
    <message>
        <source>%1 datasheets imported</source>
        <translation>%1 Datenblätter importiert</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Print Datasheet %1</source>
        <translation>Datenblatt %1 drucken</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, Letter (*.pdf)</source>
        <translation>PDF, Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Export Datasheet as PDF</source>
        <translation>Datenblatt als PDF exportieren</translation>
    </message>
    <message>
        <source>Writing the datasheet of %1…</source>
        <translation>Das Datenblatt von %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Datasheet written to %1</source>
        <translation>Datenblatt nach %1 geschrieben</translation>
    </message>
    <message>
        <source>1 part</source>
        <translation>1 Teil</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 Teile</translation>
    </message>
    <message>
        <source>Database: %1 — %2</source>
        <translation>Datenbank: %1 — %2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>About Connector Configurator</source>
        <translation>Über Steckverbinder-Konfigurator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connector Configurator %1&lt;/h3&gt;&lt;p&gt;Configures pluggable installation connector assemblies and browses their datasheets offline.&lt;/p&gt;&lt;p&gt;Catalog data is shown as its sources state it; values no source gives read &quot;not known&quot;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steckverbinder-Konfigurator %1&lt;/h3&gt;&lt;p&gt;Konfiguriert Baugruppen aus steckbaren Installationsverbindern und zeigt ihre Datenblätter offline.&lt;/p&gt;&lt;p&gt;Katalogdaten werden so gezeigt, wie ihre Quellen sie angeben; Werte, die keine Quelle nennt, lauten „nicht bekannt“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import &amp;Catalog…</source>
        <translation>&amp;Katalog importieren…</translation>
    </message>
    <message>
        <source>Restore Catalog &amp;Snapshot…</source>
        <translation>Katalog-&amp;Schnappschuss wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>BMEcat catalogs (*.xml *.zip *.7z);;All files (*)</source>
        <translation>BMEcat-Kataloge (*.xml *.zip *.7z);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Catalog %1 imported</source>
        <translation>Katalog %1 importiert</translation>
    </message>
    <message>
        <source>Catalog %1 imported (cannot be undone)</source>
        <translation>Katalog %1 importiert (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Catalog %1 imported; File ▸ Restore Catalog Snapshot… goes back to the catalog before it</source>
        <translation>Katalog %1 importiert; Datei ▸ Katalog-Schnappschuss wiederherstellen… kehrt zum Katalog davor zurück</translation>
    </message>
    <message>
        <source>Restore Catalog Snapshot</source>
        <translation>Katalog-Schnappschuss wiederherstellen</translation>
    </message>
    <message>
        <source>There is no catalog snapshot yet: one is saved before an import too large to be undone.</source>
        <translation>Es gibt noch keinen Katalog-Schnappschuss: Einer wird vor einem Import gespeichert, der zu groß ist, um ihn rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Catalog snapshots (catalog-*.sqlite)</source>
        <translation>Katalog-Schnappschüsse (catalog-*.sqlite)</translation>
    </message>
    <message>
        <source>The database %1 is read-only: nothing can be restored into it.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt: Nichts kann in sie wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Replace the whole catalog %1 by the snapshot %2? Every change made to the catalog since is lost, and this cannot be undone.</source>
        <translation>Den ganzen Katalog %1 durch den Schnappschuss %2 ersetzen? Jede seitdem gemachte Änderung am Katalog geht verloren, und dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Restoring the catalog from %1…</source>
        <translation>Der Katalog wird aus %1 wiederhergestellt…</translation>
    </message>
    <message>
        <source>Catalog restored from %1</source>
        <translation>Katalog aus %1 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Part</name>
    <message>
        <source>general approvals</source>
        <translation>allgemeine Zulassungen</translation>
    </message>
    <message>
        <source>UL approvals</source>
        <translation>UL-Zulassungen</translation>
    </message>
    <message>
        <source>approvals for marine applications</source>
        <translation>Zulassungen für Schiffsanwendungen</translation>
    </message>
    <message>
        <source>declarations of conformity</source>
        <translation>Konformitätserklärungen</translation>
    </message>
    <message>
        <source>solid conductor</source>
        <translation>eindrähtiger Leiter</translation>
    </message>
    <message>
        <source>solid conductor, push-in termination</source>
        <translation>eindrähtiger Leiter, Push-in-Anschluss</translation>
    </message>
    <message>
        <source>stranded conductor</source>
        <translation>mehrdrähtiger Leiter</translation>
    </message>
    <message>
        <source>fine-stranded conductor</source>
        <translation>feindrähtiger Leiter</translation>
    </message>
    <message>
        <source>fine-stranded conductor with insulated ferrule</source>
        <translation>feindrähtiger Leiter mit isolierter Aderendhülse</translation>
    </message>
    <message>
        <source>fine-stranded conductor with uninsulated ferrule</source>
        <translation>feindrähtiger Leiter mit unisolierter Aderendhülse</translation>
    </message>
    <message>
        <source>fine-stranded conductor with ferrule, push-in termination</source>
        <translation>feindrähtiger Leiter mit Aderendhülse, Push-in-Anschluss</translation>
    </message>
    <message>
        <source>female</source>
        <translation>Buchse</translation>
    </message>
    <message>
        <source>male</source>
        <translation>Stecker</translation>
    </message>
    <message>
        <source>socket (female)</source>
        <translation>Buchse</translation>
    </message>
    <message>
        <source>plug (male)</source>
        <translation>Stecker</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>with tool</source>
        <translation>mit Werkzeug</translation>
    </message>
    <message>
        <source>flying lead</source>
        <translation>fliegende Verdrahtung</translation>
    </message>
    <message>
        <source>snap-in</source>
        <translation>Einrastmontage</translation>
    </message>
    <message>
        <source>PCB</source>
        <translation>Leiterplatte</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Buchse</translation>
    </message>
    <message>
        <source>plug</source>
        <translation>Stecker</translation>
    </message>
    <message>
        <source>snap-in socket</source>
        <translation>Einrastbuchse</translation>
    </message>
    <message>
        <source>snap-in plug</source>
        <translation>Einraststecker</translation>
    </message>
    <message>
        <source>locking lever</source>
        <translation>Verriegelungshebel</translation>
    </message>
    <message>
        <source>lockout cap</source>
        <translation>Verschlusskappe</translation>
    </message>
    <message>
        <source>protective cap</source>
        <translation>Berührungsschutzkappe</translation>
    </message>
    <message>
        <source>strain relief housing</source>
        <translation>Zugentlastungsgehäuse</translation>
    </message>
    <message>
        <source>marker card</source>
        <translation>Markierungskarte</translation>
    </message>
    <message>
        <source>snap-in frame</source>
        <translation>Einrastrahmen</translation>
    </message>
    <message>
        <source>operating tool</source>
        <translation>Betätigungswerkzeug</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>locking levers</source>
        <translation>Verriegelungshebel</translation>
    </message>
    <message>
        <source>strain relief</source>
        <translation>Zugentlastung</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>marking accessories</source>
        <translation>Beschriftungszubehör</translation>
    </message>
    <message>
        <source>mounting</source>
        <translation>Montage</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>black</source>
        <translation>schwarz</translation>
    </message>
    <message>
        <source>white</source>
        <translation>weiß</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>grau</translation>
    </message>
    <message>
        <source>dark gray</source>
        <translation>dunkelgrau</translation>
    </message>
    <message>
        <source>light gray</source>
        <translation>hellgrau</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>braun</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>light green</source>
        <translation>hellgrün</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>pink</translation>
    </message>
    <message>
        <source>violet</source>
        <translation>violett</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <source>bag</source>
        <translation>Beutel</translation>
    </message>
    <message>
        <source>reel</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>tray</source>
        <translation>Schale</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a valid project file: %2 %3.</source>
        <translation>%1 ist keine gültige Projektdatei: %2 %3.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation>muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>muss eine ganze Zahl von mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the program (project format %2; this version reads format %3 and older). Update the program to open it.</source>
        <translation>%1 wurde von einer neueren Programmversion geschrieben (Projektformat %2; diese Version liest Format %3 und älter). Aktualisieren Sie das Programm, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is not a valid project file: not JSON (%2 at line %3).</source>
        <translation>%1 ist keine gültige Projektdatei: kein JSON (%2 in Zeile %3).</translation>
    </message>
    <message>
        <source>%1 is not a valid project file: the JSON is not an object.</source>
        <translation>%1 ist keine gültige Projektdatei: Das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The project %1 names parts that are not in the catalog: %2. Import or add them, or change the assemblies that use them.</source>
        <translation>Das Projekt %1 nennt Teile, die nicht im Katalog sind: %2. Importieren oder ergänzen Sie sie, oder ändern Sie die Baugruppen, die sie verwenden.</translation>
    </message>
    <message>
        <source>missing parts</source>
        <translation>Teile fehlen</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Set quantity of %1 to %2</source>
        <translation>Anzahl von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>must be a colour name</source>
        <translation>muss ein Farbname sein</translation>
    </message>
    <message>
        <source>Edit the project&apos;s properties</source>
        <translation>Eigenschaften des Projekts bearbeiten</translation>
    </message>
</context>
<context>
    <name>ProjectViews</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the configurator&apos;s assembly to the project</source>
        <translation>Die Baugruppe des Konfigurators zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected assembly</source>
        <translation>Die gewählte Baugruppe duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected assembly</source>
        <translation>Die gewählte Baugruppe löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected assembly up</source>
        <translation>Die gewählte Baugruppe nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected assembly down</source>
        <translation>Die gewählte Baugruppe nach unten verschieben</translation>
    </message>
    <message>
        <source>Open in Configurator</source>
        <translation>Im Konfigurator öffnen</translation>
    </message>
    <message>
        <source>Open the selected assembly in the configurator</source>
        <translation>Die gewählte Baugruppe im Konfigurator öffnen</translation>
    </message>
    <message>
        <source>Update from Configurator</source>
        <translation>Aus dem Konfigurator übernehmen</translation>
    </message>
    <message>
        <source>Replace the selected assembly by the configurator&apos;s one</source>
        <translation>Die gewählte Baugruppe durch die des Konfigurators ersetzen</translation>
    </message>
    <message>
        <source>Add to Project</source>
        <translation>Zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Start an assembly in the configurator first: choose a socket.</source>
        <translation>Beginnen Sie zuerst eine Baugruppe im Konfigurator: Wählen Sie eine Buchse.</translation>
    </message>
    <message>
        <source>Add %1 to the project</source>
        <translation>%1 zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation>%1 als %2 duplizieren</translation>
    </message>
    <message>
        <source>Update %1 from the configurator</source>
        <translation>%1 aus dem Konfigurator übernehmen</translation>
    </message>
    <message>
        <source>Recover project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Connector Configurator</source>
        <translation>Steckverbinder-Konfigurator</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Parts missing from the catalog</source>
        <translation>Teile fehlen im Katalog</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Projects (*.ccproj);;All files (*)</source>
        <translation>Projekte (*.ccproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Projects (*.ccproj)</source>
        <translation>Projekte (*.ccproj)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Das Projekt „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>An autosaved copy of an unsaved project from %1 was found. Recover it?</source>
        <translation>Eine automatisch gespeicherte Kopie eines ungespeicherten Projekts vom %1 wurde gefunden. Wiederherstellen?</translation>
    </message>
    <message>
        <source>An autosaved copy of &quot;%1&quot; from %2 is newer than the file. Recover it?</source>
        <translation>Eine automatisch gespeicherte Kopie von „%1“ vom %2 ist neuer als die Datei. Wiederherstellen?</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>The project&apos;s name and its defaults</source>
        <translation>Name und Vorgaben des Projekts</translation>
    </message>
    <message>
        <source>Use the &amp;Settings&apos; Defaults</source>
        <translation>Vorgaben der &amp;Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Projekteigenschaften</translation>
    </message>
    <message>
        <source>e.g. Hall 3 lighting</source>
        <translation>z. B. Halle 3 Beleuchtung</translation>
    </message>
    <message>
        <source>The defaults of Edit ▸ Settings…, which new projects start from</source>
        <translation>Die Vorgaben aus Bearbeiten ▸ Einstellungen…, mit denen neue Projekte beginnen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Defaults of this project</source>
        <translation>Vorgaben dieses Projekts</translation>
    </message>
    <message>
        <source>They decide what an assembly leaves open (which colour, which lever) and are saved with the project, so that it gives the same bill of materials on every machine.</source>
        <translation>Sie entscheiden, was eine Baugruppe offen lässt (welche Farbe, welcher Hebel), und werden mit dem Projekt gespeichert, damit es auf jedem Rechner dieselbe Stückliste ergibt.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>flying side</source>
        <translation>fliegende Seite</translation>
    </message>
    <message>
        <source>snap-in side</source>
        <translation>Einrastseite</translation>
    </message>
    <message>
        <source>unmated socket</source>
        <translation>ungesteckte Buchse</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>sources %1</source>
        <translation>Quellen %1</translation>
    </message>
    <message>
        <source>%1 per %2 (%3)</source>
        <translation>%1 je %2 (%3)</translation>
    </message>
    <message>
        <source>Data inconsistency: the catalog&apos;s rules state different quantities of %1: %2. The quantity is left unknown.</source>
        <translation>Widersprüchliche Daten: Die Regeln des Katalogs nennen unterschiedliche Mengen für %1: %2. Die Menge bleibt unbekannt.</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 je %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>operation type</source>
        <translation>Betätigungsart</translation>
    </message>
    <message>
        <source>No fitting %1 has the %2 %3; the fitting ones have: %4.</source>
        <translation>Kein passendes Teil vom Typ %1 hat %2 %3; die passenden haben: %4.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 ... %2 %3</source>
        <translation>%1 ... %2 %3</translation>
    </message>
    <message>
        <source>from %1 %2</source>
        <translation>ab %1 %2</translation>
    </message>
    <message>
        <source>up to %1 %2</source>
        <translation>bis %1 %2</translation>
    </message>
    <message>
        <source>range not stated</source>
        <translation>Bereich nicht angegeben</translation>
    </message>
    <message>
        <source>%1 of the %2 poles of one separable item</source>
        <translation>%1 der %2 Pole eines teilbaren Artikels</translation>
    </message>
    <message>
        <source>quantity not stated by the catalog</source>
        <translation>Menge im Katalog nicht angegeben</translation>
    </message>
    <message>
        <source>%1 is a connector for mounted installation (%2) but is set as a flying lead.</source>
        <translation>%1 ist ein Steckverbinder für feste Montage (%2), ist aber als fliegende Verdrahtung eingestellt.</translation>
    </message>
    <message>
        <source>The mounting of %1 is not given (flying lead, snap-in, PCB or distribution).</source>
        <translation>Die Montageart von %1 ist nicht angegeben (fliegend, Einrastmontage, Leiterplatte oder Verteilung).</translation>
    </message>
    <message>
        <source>%1 is a %2: the %3 side needs a %4.</source>
        <translation>%1 ist vom Typ %2: Die Seite %3 braucht den Typ %4.</translation>
    </message>
    <message>
        <source>%1 and %2 do not mate: %3</source>
        <translation>%1 und %2 passen nicht zusammen: %3</translation>
    </message>
    <message>
        <source>Whether %1 and %2 mate is not known: %3</source>
        <translation>Ob %1 und %2 zusammenpassen, ist nicht bekannt: %3</translation>
    </message>
    <message>
        <source>%1 and %2 mate as a datasheet lists them as counterparts; their data are incomplete: %3</source>
        <translation>%1 und %2 passen zusammen, da ein Datenblatt sie als Gegenstücke nennt; ihre Daten sind unvollständig: %3</translation>
    </message>
    <message>
        <source>No socket is given.</source>
        <translation>Es ist keine Buchse angegeben.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>rated impulse voltage</source>
        <translation>Bemessungsstoßspannung</translation>
    </message>
    <message>
        <source>current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Lower rating of %1: %2 %3 %4 %5 %6.</source>
        <translation>Niedrigerer Bemessungswert von %1: %2 %3 %4 %5 %6.</translation>
    </message>
    <message>
        <source>%1 %2: %3, limited by %4.</source>
        <translation>%1 %2: %3, begrenzt durch %4.</translation>
    </message>
    <message>
        <source>%1 %2: not known, as the catalog states none for %3 (%4 states %5).</source>
        <translation>%1 %2: nicht bekannt, da der Katalog für %3 keinen Wert angibt (%4 gibt %5 an).</translation>
    </message>
    <message>
        <source>The catalog states no approvals for %1: the approvals of the assembly are not known.</source>
        <translation>Der Katalog gibt für %1 keine Zulassungen an: Die Zulassungen der Baugruppe sind nicht bekannt.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Strip length for %1: %2 mm.</source>
        <translation>Abisolierlänge für %1: %2 mm.</translation>
    </message>
    <message>
        <source>The catalog does not state the strip length of %1.</source>
        <translation>Der Katalog gibt die Abisolierlänge von %1 nicht an.</translation>
    </message>
    <message>
        <source>The conductor class for %1 is not given: its conductor range cannot be checked.</source>
        <translation>Die Leiterart für %1 ist nicht angegeben: Der Leiterquerschnittsbereich kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The catalog states no range of %1 for a %2: whether it takes one is not known.</source>
        <translation>Der Katalog gibt für %1 keinen Bereich für einen %2 an: Ob er klemmbar ist, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The conductor cross-section for %1 is not given: %2 takes %3 for a %4.</source>
        <translation>Der Leiterquerschnitt für %1 ist nicht angegeben: %2 klemmt %3 für einen %4.</translation>
    </message>
    <message>
        <source>A %1 %2 is outside the range of %3 for this conductor class (%4).</source>
        <translation>Ein %2 mit %1 liegt außerhalb des Bereichs von %3 für diese Leiterart (%4).</translation>
    </message>
    <message>
        <source>The range of %1 for a %2 is stated only in part (%3): a %4 conductor cannot be fully checked.</source>
        <translation>Der Bereich von %1 für einen %2 ist nur teilweise angegeben (%3): Ein Leiter mit %4 kann nicht vollständig geprüft werden.</translation>
    </message>
    <message>
        <source>A %1 %2 fits %3 (%4).</source>
        <translation>Ein %2 mit %1 passt in %3 (%4).</translation>
    </message>
    <message>
        <source>The catalog does not state the pole count of %1: no lockout cap can be matched to it.</source>
        <translation>Der Katalog gibt die Polzahl von %1 nicht an: Es kann keine Verschlusskappe zugeordnet werden.</translation>
    </message>
    <message>
        <source>The unmated socket %1 needs a lockout cap, but the catalog holds none for %2 poles.</source>
        <translation>Die ungesteckte Buchse %1 braucht eine Verschlusskappe, der Katalog enthält aber keine für %2 Pole.</translation>
    </message>
    <message>
        <source>The socket %1 stays unmated as a spare outlet: a lockout cap covers it.</source>
        <translation>Die Buchse %1 bleibt als Reserveabgang ungesteckt: Eine Verschlusskappe deckt sie ab.</translation>
    </message>
    <message>
        <source>One separable %1-pole cap covers several sockets: count poles, not sockets.</source>
        <translation>Eine teilbare %1-polige Kappe deckt mehrere Buchsen ab: Pole zählen, nicht Buchsen.</translation>
    </message>
    <message>
        <source>No locking lever: the socket stays unmated.</source>
        <translation>Kein Verriegelungshebel: Die Buchse bleibt ungesteckt.</translation>
    </message>
    <message>
        <source>No additional locking levers: %1 is a connector for mounted installation and comes with locking levers fitted.</source>
        <translation>Keine zusätzlichen Verriegelungshebel: %1 ist ein Steckverbinder für feste Montage und hat bereits montierte Verriegelungshebel.</translation>
    </message>
    <message>
        <source>Whether locking levers are needed is not known until the mounting of %1 is given.</source>
        <translation>Ob Verriegelungshebel nötig sind, ist erst bekannt, wenn die Montageart von %1 angegeben ist.</translation>
    </message>
    <message>
        <source>%1 and %2 are both flying leads and need locking levers, but the catalog holds none that fits.</source>
        <translation>%1 und %2 sind beide fliegend verdrahtet und brauchen Verriegelungshebel, der Katalog enthält aber keinen passenden.</translation>
    </message>
    <message>
        <source>%1 and %2 are both flying leads: additional locking levers are required for flying leads; mounted connectors come with them fitted.</source>
        <translation>%1 und %2 sind beide fliegend verdrahtet: Fliegende Steckverbinder brauchen zusätzliche Verriegelungshebel; fest montierte haben sie bereits.</translation>
    </message>
    <message>
        <source>The catalog does not state whether %1 needs a locking lever when mounted (%2): only connectors for mounted installation come with levers fitted.</source>
        <translation>Der Katalog gibt nicht an, ob %1 in fester Montage (%2) einen Verriegelungshebel braucht: Nur Steckverbinder für feste Montage haben montierte Hebel.</translation>
    </message>
    <message>
        <source>Locking levers for flying leads, offered because the catalog does not say whether this connection needs them.</source>
        <translation>Verriegelungshebel für fliegende Verdrahtung, angeboten, weil der Katalog nicht angibt, ob diese Verbindung sie braucht.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, %3 to %4: parts of different connector systems do not mate.</source>
        <translation>%1 gehört zu %2, %3 zu %4: Teile verschiedener Steckverbindersysteme passen nicht zusammen.</translation>
    </message>
    <message>
        <source>%1 has a pin spacing of %2 mm, %3 of %4 mm: parts of different connector systems do not mate.</source>
        <translation>%1 hat ein Rastermaß von %2 mm, %3 von %4 mm: Teile verschiedener Steckverbindersysteme passen nicht zusammen.</translation>
    </message>
    <message>
        <source>%1 and %2 are both sockets (female): a socket mates only with a plug.</source>
        <translation>%1 und %2 sind beide Buchsen: Eine Buchse passt nur zu einem Stecker.</translation>
    </message>
    <message>
        <source>%1 and %2 are both plugs (male): a plug mates only with a socket.</source>
        <translation>%1 und %2 sind beide Stecker: Ein Stecker passt nur zu einer Buchse.</translation>
    </message>
    <message>
        <source>%1 is %2-pole, %3 is %4-pole: parts with different pole numbers do not mate.</source>
        <translation>%1 ist %2-polig, %3 ist %4-polig: Teile mit verschiedener Polzahl passen nicht zusammen.</translation>
    </message>
    <message>
        <source>%1 is coded %2, %3 is coded %4: the coding keys prevent mating.</source>
        <translation>%1 hat die Kodierung %2, %3 die Kodierung %4: Die Kodierung verhindert das Stecken.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a plug or socket.</source>
        <translation>%1 (%2) ist weder Stecker noch Buchse.</translation>
    </message>
    <message>
        <source>Data inconsistency: %1 lists %2 as a counterpart, but their data say they do not mate (%3).</source>
        <translation>Widersprüchliche Daten: %1 nennt %2 als Gegenstück, laut ihren Daten passen sie aber nicht zusammen (%3).</translation>
    </message>
    <message>
        <source>Data inconsistency: their data say %1 and %2 mate, but the counterparts listed for %1 do not include %2.</source>
        <translation>Widersprüchliche Daten: Laut ihren Daten passen %1 und %2 zusammen, die für %1 genannten Gegenstücke enthalten %2 aber nicht.</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>pin spacing</source>
        <translation>Rastermaß</translation>
    </message>
    <message>
        <source>gender (plug or socket)</source>
        <translation>Geschlecht (Stecker oder Buchse)</translation>
    </message>
    <message>
        <source>pole count</source>
        <translation>Polzahl</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>The catalog does not state the %1 of %2.</source>
        <translation>Der Katalog gibt %1 von %2 nicht an.</translation>
    </message>
    <message>
        <source>They mate: a datasheet lists them as counterparts.</source>
        <translation>Sie passen zusammen: Ein Datenblatt nennt sie als Gegenstücke.</translation>
    </message>
    <message>
        <source>They mate.</source>
        <translation>Sie passen zusammen.</translation>
    </message>
    <message>
        <source>They do not mate.</source>
        <translation>Sie passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Whether they mate is not known.</source>
        <translation>Ob sie zusammenpassen, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Protective caps are offered as an option.</source>
        <translation>Berührungsschutzkappen werden optional angeboten.</translation>
    </message>
    <message>
        <source>Marker cards are offered as an option for marking the connection.</source>
        <translation>Markierungskarten werden optional zur Kennzeichnung der Verbindung angeboten.</translation>
    </message>
    <message>
        <source>An operating tool is offered as an option.</source>
        <translation>Ein Betätigungswerkzeug wird optional angeboten.</translation>
    </message>
    <message>
        <source>The catalog does not state the panel thickness range of %1.</source>
        <translation>Der Katalog gibt den Plattenstärkenbereich von %1 nicht an.</translation>
    </message>
    <message>
        <source>The panel thickness for %1 is not given: it takes %2.</source>
        <translation>Die Plattenstärke für %1 ist nicht angegeben: Zulässig sind %2.</translation>
    </message>
    <message>
        <source>A panel of %1 is outside the range of %2 (%3).</source>
        <translation>Eine Platte von %1 liegt außerhalb des Bereichs von %2 (%3).</translation>
    </message>
    <message>
        <source>A panel of %1 fits %2 (%3).</source>
        <translation>Eine Platte von %1 passt für %2 (%3).</translation>
    </message>
    <message>
        <source>The catalog does not state the pole count of %1: no snap-in frame can be matched to it.</source>
        <translation>Der Katalog gibt die Polzahl von %1 nicht an: Es kann kein Einrastrahmen zugeordnet werden.</translation>
    </message>
    <message>
        <source>%1 is not a snap-in version and needs a snap-in frame for snap-in mounting, but the catalog holds none for %2 poles.</source>
        <translation>%1 ist keine Einrastversion und braucht für die Einrastmontage einen Einrastrahmen, der Katalog enthält aber keinen für %2 Pole.</translation>
    </message>
    <message>
        <source>The panel thickness for %1 is not given: its snap-in frames take %2.</source>
        <translation>Die Plattenstärke für %1 ist nicht angegeben: Seine Einrastrahmen sind für %2.</translation>
    </message>
    <message>
        <source>No snap-in frame for %1 takes a panel of %2: the frames take %3.</source>
        <translation>Kein Einrastrahmen für %1 passt für eine Platte von %2: Die Rahmen sind für %3.</translation>
    </message>
    <message>
        <source>%1 is not a snap-in version: a snap-in frame holds it in the panel.</source>
        <translation>%1 ist keine Einrastversion: Ein Einrastrahmen hält ihn in der Platte.</translation>
    </message>
    <message>
        <source>A strain relief housing secures the cables of the flying %1 %2; the catalog does not state the protection it gives.</source>
        <translation>Ein Zugentlastungsgehäuse sichert die Leitungen von %1 %2 (fliegend); der Katalog gibt die damit erreichte Schutzart nicht an.</translation>
    </message>
    <message>
        <source>A strain relief housing on the flying %1 %2 is needed for %3: %2 reaches it only when mated and secured with a strain relief housing.</source>
        <translation>Für %3 ist ein Zugentlastungsgehäuse an %1 %2 (fliegend) nötig: %2 erreicht sie nur gesteckt und mit Zugentlastungsgehäuse gesichert.</translation>
    </message>
    <message>
        <source>The number of cables at %1 is not given: the housing&apos;s cable count is not checked.</source>
        <translation>Die Anzahl der Leitungen an %1 ist nicht angegeben: Die Leitungsanzahl des Gehäuses wird nicht geprüft.</translation>
    </message>
    <message>
        <source>No strain relief housing for %1 takes %2 cables: the fitting ones take %3.</source>
        <translation>Kein Zugentlastungsgehäuse für %1 nimmt %2 Leitungen auf: Die passenden nehmen %3 auf.</translation>
    </message>
    <message>
        <source>The catalog does not state the pole count of %1: no strain relief housing can be matched to it.</source>
        <translation>Der Katalog gibt die Polzahl von %1 nicht an: Es kann kein Zugentlastungsgehäuse zugeordnet werden.</translation>
    </message>
    <message>
        <source>The catalog holds no strain relief housing for the %1-pole %2.</source>
        <translation>Der Katalog enthält kein Zugentlastungsgehäuse für %2 (%1-polig).</translation>
    </message>
    <message>
        <source>The cable outer diameter at %1 is not given: its strain relief housings take %2.</source>
        <translation>Der Leitungsaußendurchmesser an %1 ist nicht angegeben: Seine Zugentlastungsgehäuse nehmen %2 auf.</translation>
    </message>
    <message>
        <source>No strain relief housing for %1 takes a cable of %2 mm: the %3-pole housings take %4.</source>
        <translation>Kein Zugentlastungsgehäuse für %1 nimmt eine Leitung von %2 mm auf: Die %3-poligen Gehäuse nehmen %4 auf.</translation>
    </message>
    <message>
        <source>operation: %1</source>
        <translation>Betätigung: %1</translation>
    </message>
    <message>
        <source>colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Vorgabe)</translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation>%1 (Ihre Auswahl)</translation>
    </message>
    <message>
        <source>The connection of %1 and %2 has a flying lead and needs a locking lever, but the catalog holds none that fits.</source>
        <translation>Die Verbindung von %1 und %2 hat eine fliegende Leitung und braucht einen Verriegelungshebel, aber der Katalog enthält keinen passenden.</translation>
    </message>
    <message>
        <source>The connection of %1 and %2 has a flying lead and neither connector comes with locking levers fitted: additional locking levers are required for flying leads.</source>
        <translation>Die Verbindung von %1 und %2 hat eine fliegende Leitung, und keiner der Steckverbinder hat Verriegelungshebel montiert: Für fliegende Leitungen sind zusätzliche Verriegelungshebel nötig.</translation>
    </message>
    <message>
        <source>The catalog does not state how many cables the fitting strain relief housings for %1 take (%2): whether they hold %3 cable(s) is not known.</source>
        <translation>Der Katalog gibt nicht an, wie viele Leitungen die passenden Zugentlastungsgehäuse für %1 aufnehmen (%2): Ob sie %3 Leitung(en) halten, ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>SettingsViews</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A database file, or a shared catalog on a PostgreSQL server: postgresql://user@host:port/dbname. A password is never stored; the program asks for it when the server wants one (or put it in ~/.pgpass).</source>
        <translation>Eine Datenbankdatei oder ein gemeinsamer Katalog auf einem PostgreSQL-Server: postgresql://benutzer@host:port/datenbank. Ein Passwort wird nie gespeichert; das Programm fragt danach, wenn der Server eines verlangt (oder tragen Sie es in ~/.pgpass ein).</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Vorgabe: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>IEC first</source>
        <translation>IEC zuerst</translation>
    </message>
    <message>
        <source>UL first</source>
        <translation>UL zuerst</translation>
    </message>
    <message>
        <source>mm² first</source>
        <translation>mm² zuerst</translation>
    </message>
    <message>
        <source>AWG first</source>
        <translation>AWG zuerst</translation>
    </message>
    <message>
        <source>The language and the database location take effect at the next start.</source>
        <translation>Sprache und Speicherort der Datenbank werden beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Ratings:</source>
        <translation>&amp;Bemessungswerte:</translation>
    </message>
    <message>
        <source>&amp;Conductor sizes:</source>
        <translation>&amp;Leiterquerschnitte:</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Exportordner:</translation>
    </message>
    <message>
        <source>Catalog Database</source>
        <translation>Katalogdatenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
    <message>
        <source>Defaults of new projects</source>
        <translation>Vorgaben neuer Projekte</translation>
    </message>
    <message>
        <source>They decide the choices an assembly leaves open (which colour, which lever). A project keeps its own copy: change an open project&apos;s in Project ▸ Properties…</source>
        <translation>Sie entscheiden die Auswahl, die eine Baugruppe offen lässt (welche Farbe, welcher Hebel). Ein Projekt behält eine eigene Kopie: Ändern Sie die eines offenen Projekts unter Projekt ▸ Eigenschaften…</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous file is unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: only %2 of %3 bytes reached the disk (is it full?). The previous file is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: nur %2 von %3 Bytes kamen auf dem Datenträger an (ist er voll?). Die bisherige Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>TasksViews</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>WidgetsViews</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Where several colours of an accessory fit and the assembly names none, the first colour of this list that fits is taken.</source>
        <translation>Wo mehrere Farben eines Zubehörs passen und die Baugruppe keine nennt, wird die erste passende Farbe dieser Liste genommen.</translation>
    </message>
    <message>
        <source>colour, e.g. grey</source>
        <translation>Farbe, z. B. grau</translation>
    </message>
    <message>
        <source>none (the choice stays open)</source>
        <translation>keine (die Auswahl bleibt offen)</translation>
    </message>
    <message>
        <source>&amp;Colours, preferred first:</source>
        <translation>&amp;Farben, bevorzugte zuerst:</translation>
    </message>
    <message>
        <source>&amp;Lever operation:</source>
        <translation>&amp;Hebelbetätigung:</translation>
    </message>
</context>
</TS>
