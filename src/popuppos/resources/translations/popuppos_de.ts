<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="66"/>
        <source>PopupPOS cannot open the shop</source>
        <translation>PopupPOS kann den Shop nicht öffnen</translation>
    </message>
</context>
<context>
    <name>backoffice/catalog_io_dialog</name>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="36"/>
        <source>One row per variant. Required columns: product, sku, price. Optional: variant, barcode, stock, category, tax_rate, story_hook, why_now, image. Rows with the same product name become one product with several variants.</source>
        <translation>Eine Zeile je Variante. Pflichtspalten: product, sku, price. Optional: variant, barcode, stock, category, tax_rate, story_hook, why_now, image. Zeilen mit demselben Produktnamen werden ein Produkt mit mehreren Varianten.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="47"/>
        <source>{n} product</source>
        <translation>{n} Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="48"/>
        <source>{n} products</source>
        <translation>{n} Produkte</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="51"/>
        <source>{n} variant</source>
        <translation>{n} Variante</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="52"/>
        <source>{n} variants</source>
        <translation>{n} Varianten</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="55"/>
        <source>{n} row</source>
        <translation>{n} Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="56"/>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="59"/>
        <source>{n} problem</source>
        <translation>{n} Problem</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="60"/>
        <source>{n} problems</source>
        <translation>{n} Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="63"/>
        <source>{n} bad row</source>
        <translation>{n} fehlerhafte Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="64"/>
        <source>{n} bad rows</source>
        <translation>{n} fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="67"/>
        <source>{n} good product</source>
        <translation>{n} fehlerfreie Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="68"/>
        <source>{n} good products</source>
        <translation>{n} fehlerfreien Produkte</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="89"/>
        <source>Catalogue CSV</source>
        <translation>Katalog als CSV</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="97"/>
        <source>Import the catalogue from a CSV file</source>
        <translation>Den Katalog aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="104"/>
        <source>Choose CSV file…</source>
        <translation>CSV-Datei wählen …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="106"/>
        <source>Read again</source>
        <translation>Neu einlesen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="108"/>
        <source>Read the same file again after fixing it</source>
        <translation>Dieselbe Datei nach dem Korrigieren neu einlesen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="110"/>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="118"/>
        <source>Choose a file to see what it holds before anything is saved.</source>
        <translation>Wählen Sie eine Datei, um ihren Inhalt zu sehen, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="129"/>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="133"/>
        <source>&lt;b&gt;When some rows have problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wenn einige Zeilen Probleme haben&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="137"/>
        <source>Import nothing until every row is fixed (all or nothing)</source>
        <translation>Nichts importieren, bis jede Zeile korrigiert ist (alles oder nichts)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="143"/>
        <source>Import the good products and skip the bad rows</source>
        <translation>Die fehlerfreien Produkte importieren und die fehlerhaften Zeilen auslassen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="160"/>
        <source>Export catalogue…</source>
        <translation>Katalog exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="161"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="163"/>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="357"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="184"/>
        <source>Choose a catalogue CSV</source>
        <translation>Katalog-CSV wählen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="186"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="201"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="218"/>
        <source>{products} ({variants}) ready</source>
        <translation>{products} ({variants}) bereit</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="224"/>
        <source>{rows} read: {ready}</source>
        <translation>{rows} gelesen: {ready}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="228"/>
        <source>; {problems} to fix:</source>
        <translation>; {problems} zu beheben:</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="232"/>
        <source>. Every row is fine.</source>
        <translation>. Jede Zeile ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="254"/>
        <source>Importing {products}…</source>
        <translation>{products} werden importiert …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="272"/>
        <source>Imported {products}: {created} new, {updated} updated.</source>
        <translation>{products} importiert: {created} neu, {updated} aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="279"/>
        <source> {bad_rows} skipped.</source>
        <translation> {bad_rows} ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="293"/>
        <source>Export the catalogue</source>
        <translation>Den Katalog exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="302"/>
        <source>Exporting the catalogue…</source>
        <translation>Katalog wird exportiert …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="315"/>
        <source>Exported {rows} to {path}</source>
        <translation>{rows} exportiert nach {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="326"/>
        <source>{name} could not be read.</source>
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="346"/>
        <source>Import the {good_products} and skip the bad rows</source>
        <translation>Die {good_products} importieren und die fehlerhaften Zeilen auslassen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="353"/>
        <source>Import {products}</source>
        <translation>{products} importieren</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="363"/>
        <source>Nothing in this file can be imported yet.</source>
        <translation>Aus dieser Datei kann noch nichts importiert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="369"/>
        <source>Nothing will be imported until every row is fixed. Fix the rows above in the file, save it, then press Read again.</source>
        <translation>Nichts wird importiert, bis jede Zeile korrigiert ist. Korrigieren Sie die Zeilen oben in der Datei, speichern Sie sie und drücken Sie dann Neu einlesen.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="377"/>
        <source>{products} will be imported in one go; the rows listed above are skipped.</source>
        <translation>{products} werden in einem Durchgang importiert; die oben aufgeführten Zeilen werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/catalog_io_dialog.py" line="384"/>
        <source>{products} will be imported in one go (all or nothing). Products whose SKU already exists are updated.</source>
        <translation>{products} werden in einem Durchgang importiert (alles oder nichts). Produkte, deren SKU schon existiert, werden aktualisiert.</translation>
    </message>
</context>
<context>
    <name>backoffice/common</name>
    <message>
        <location filename="../../ui/backoffice/common.py" line="221"/>
        <source>{amount_text} cash from the drawer</source>
        <translation>{amount_text} bar aus der Kasse</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/common.py" line="225"/>
        <source>{amount_text} back to card</source>
        <translation>{amount_text} zurück auf die Karte</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/common.py" line="228"/>
        <source>{amount_text} back by {method} (transfer or voucher)</source>
        <translation>{amount_text} zurück per {method} (Überweisung oder Gutschein)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/common.py" line="251"/>
        <source>{upper} files (*{suffix})</source>
        <translation>{upper}-Dateien (*{suffix})</translation>
    </message>
</context>
<context>
    <name>backoffice/drawer_panel</name>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="24"/>
        <source>Balanced</source>
        <translation>Stimmt</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="25"/>
        <source>Over</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="26"/>
        <source>Short</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="52"/>
        <source>&lt;b&gt;Cash drawer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kassenlade&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="54"/>
        <source>Opening float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="55"/>
        <source>+ Cash sales</source>
        <translation>+ Barverkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="57"/>
        <source>− Cash refunds and voids</source>
        <translation>− Bar-Erstattungen und Stornos</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="61"/>
        <source>= Expected in the drawer</source>
        <translation>= Soll in der Kasse</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="66"/>
        <location filename="../../ui/backoffice/drawer_panel.py" line="70"/>
        <source>Counted cash</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="68"/>
        <source>Count the drawer</source>
        <translation>Kasse zählen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="89"/>
        <location filename="../../ui/backoffice/drawer_panel.py" line="187"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="94"/>
        <source>What happened? (needed when the count is off)</source>
        <translation>Was ist passiert? (nötig, wenn die Zählung abweicht)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="97"/>
        <source>Closed by</source>
        <translation>Geschlossen von</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="100"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="146"/>
        <source>The counted cash is not an amount.</source>
        <translation>Das gezählte Bargeld ist kein Betrag.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="147"/>
        <source>Count the cash in the drawer first.</source>
        <translation>Zuerst das Bargeld in der Kasse zählen.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="151"/>
        <source>The drawer is over by {amount}: add a note saying what happened before closing.</source>
        <translation>In der Kasse sind {amount} zu viel: vor dem Schließen in einer Notiz festhalten, was passiert ist.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="157"/>
        <source>The drawer is short by {amount}: add a note saying what happened before closing.</source>
        <translation>In der Kasse fehlen {amount}: vor dem Schließen in einer Notiz festhalten, was passiert ist.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="185"/>
        <source>Note (required: the count is off)</source>
        <translation>Notiz (nötig: die Zählung weicht ab)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/drawer_panel.py" line="199"/>
        <source>Enter the counted cash</source>
        <translation>Gezähltes Bargeld eingeben</translation>
    </message>
</context>
<context>
    <name>backoffice/pin_dialog</name>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="45"/>
        <source>Manager approval</source>
        <translation>Freigabe durch die Leitung</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="46"/>
        <source>A manager enters the PIN to approve this.</source>
        <translation>Eine Leitung gibt das mit der PIN frei.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="51"/>
        <source>Why? (kept in the audit log)</source>
        <translation>Warum? (wird im Prüfprotokoll gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="76"/>
        <location filename="../../ui/backoffice/pin_dialog.py" line="78"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="83"/>
        <location filename="../../ui/backoffice/pin_dialog.py" line="99"/>
        <source>Manager PIN</source>
        <translation>PIN der Leitung</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="101"/>
        <source>{PIN_MIN} to {PIN_MAX} digits</source>
        <translation>{PIN_MIN} bis {PIN_MAX} Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="135"/>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="144"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="184"/>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/pin_dialog.py" line="211"/>
        <source>Say why first; the reason is kept with the approval.</source>
        <translation>Zuerst den Grund angeben; er wird mit der Freigabe gespeichert.</translation>
    </message>
</context>
<context>
    <name>backoffice/refund_dialog</name>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="67"/>
        <location filename="../../ui/backoffice/refund_dialog.py" line="73"/>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="84"/>
        <source>Loading the sale…</source>
        <translation>Verkauf wird geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="101"/>
        <source>Refund everything</source>
        <translation>Alles erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="109"/>
        <source>To refund</source>
        <translation>Zu erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="119"/>
        <source>&lt;b&gt;Goes back to&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geht zurück an&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="123"/>
        <source>Choose what to refund.</source>
        <translation>Auswählen, was erstattet wird.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="127"/>
        <source>Refund the tip too</source>
        <translation>Auch das Trinkgeld erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="129"/>
        <source>Put the items back in stock</source>
        <translation>Artikel zurück ins Lager</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="139"/>
        <location filename="../../ui/backoffice/refund_dialog.py" line="300"/>
        <source>Refund…</source>
        <translation>Erstatten …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="169"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="171"/>
        <source>Save refund receipt (PDF)…</source>
        <translation>Erstattungsbeleg speichern (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="198"/>
        <source>Refund sale {number}</source>
        <translation>Verkauf {number} erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="202"/>
        <source> incl. {amount} tip</source>
        <translation> inkl. {amount} Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="209"/>
        <source>Sold {local_time_text} · paid {amount}{tip} by {value}</source>
        <translation>Verkauft {local_time_text} · {amount}{tip} bezahlt mit {value}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="222"/>
        <source>Refund the tip too ({amount})</source>
        <translation>Auch das Trinkgeld erstatten ({amount})</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="226"/>
        <source>The tip was refunded</source>
        <translation>Das Trinkgeld wurde erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="253"/>
        <source>Everything on sale {number} has been refunded; nothing is left.</source>
        <translation>Alles aus Verkauf {number} wurde erstattet; es ist nichts übrig.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="285"/>
        <source>of which tax {amount}</source>
        <translation>davon MwSt. {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="296"/>
        <source>Refund {amount}…</source>
        <translation>{amount} erstatten …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="314"/>
        <source> ({amount} already back)</source>
        <translation> ({amount} schon zurück)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="323"/>
        <source>{title} paid {amount}{already}</source>
        <translation>{title} {amount} bezahlt{already}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="345"/>
        <source>Approve the refund</source>
        <translation>Rückerstattung freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="347"/>
        <source>Refund {amount} on sale {number}. A manager enters the PIN to approve.</source>
        <translation>{amount} aus Verkauf {number} erstatten. Eine Leitung gibt das mit der PIN frei.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="354"/>
        <source>Why? e.g. wrong size, damaged</source>
        <translation>Warum? z. B. falsche Größe, beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="415"/>
        <source>The items are back in stock. </source>
        <translation>Die Artikel sind wieder auf Lager. </translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="420"/>
        <source>{stock}The refund is recorded with its reason and the manager&apos;s approval.</source>
        <translation>{stock}Die Rückerstattung ist mit Grund und Freigabe der Leitung gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="436"/>
        <source>Save the refund receipt</source>
        <translation>Erstattungsbeleg speichern</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="437"/>
        <source>refund-sale-{number}.pdf</source>
        <translation>erstattung-verkauf-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="446"/>
        <source>Saving the refund receipt…</source>
        <translation>Erstattungsbeleg wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="453"/>
        <source>Refund receipt saved to {path}</source>
        <translation>Erstattungsbeleg gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_dialog.py" line="473"/>
        <source>Refunded {amount} — </source>
        <translation>{amount} erstattet — </translation>
    </message>
</context>
<context>
    <name>backoffice/refund_lines</name>
    <message>
        <location filename="../../ui/backoffice/refund_lines.py" line="120"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_lines.py" line="122"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_lines.py" line="123"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_lines.py" line="124"/>
        <source>Refund now</source>
        <translation>Jetzt erstatten</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/refund_lines.py" line="155"/>
        <source>Units of {name} to refund</source>
        <translation>Stückzahl von {name} zum Erstatten</translation>
    </message>
</context>
<context>
    <name>backoffice/sales_history</name>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="39"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="40"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="41"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="42"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="43"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="44"/>
        <source>Tip</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="45"/>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="65"/>
        <location filename="../../ui/backoffice/sales_history.py" line="72"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="77"/>
        <source>Search by sale number or member name</source>
        <translation>Nach Verkaufsnummer oder Mitgliedsname suchen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="114"/>
        <source>Save receipt (PDF)…</source>
        <translation>Bon speichern (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="116"/>
        <source>Print receipt</source>
        <translation>Bon drucken</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="119"/>
        <source>Refund…</source>
        <translation>Erstatten …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="122"/>
        <source>Void sale…</source>
        <translation>Stornieren …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="124"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="183"/>
        <source>No sale matches “{query}”.</source>
        <translation>Kein Verkauf passt zu „{query}“.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="189"/>
        <source>No sales yet on this device.</source>
        <translation>Noch keine Verkäufe auf diesem Gerät.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="268"/>
        <source>Save the receipt</source>
        <translation>Bon speichern</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="269"/>
        <source>receipt-sale-{number}.pdf</source>
        <translation>bon-verkauf-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="277"/>
        <source>Saving the receipt…</source>
        <translation>Bon wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/sales_history.py" line="290"/>
        <source>Receipt saved to {path}</source>
        <translation>Bon gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>backoffice/shift_dialogs</name>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="50"/>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="56"/>
        <source>Open a shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="59"/>
        <source>Count the cash in the drawer before the first sale. Every sale, refund and void until you close is recorded against this shift.</source>
        <translation>Zählen Sie vor dem ersten Verkauf das Bargeld in der Kasse. Jeder Verkauf, jede Rückerstattung und jedes Storno bis zum Schließen wird dieser Schicht zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="66"/>
        <source>Who is opening</source>
        <translation>Wer öffnet</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="68"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="73"/>
        <source>Cash in the drawer (opening float)</source>
        <translation>Bargeld in der Kasse (Wechselgeld)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="76"/>
        <source>Opening float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="86"/>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="228"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="88"/>
        <source>Open shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="152"/>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="190"/>
        <source>Close the shift</source>
        <translation>Schicht schließen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="174"/>
        <source>Adding up the shift…</source>
        <translation>Schicht wird zusammengerechnet …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="200"/>
        <source>&lt;b&gt;Sales&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verkäufe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="202"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="203"/>
        <source>Discounts given</source>
        <translation>Gewährte Rabatte</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="204"/>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="296"/>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="205"/>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="301"/>
        <source>Voids</source>
        <translation>Stornos</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="207"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="208"/>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="384"/>
        <source>Tips</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="209"/>
        <source>Tax included</source>
        <translation>Enthaltene MwSt.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="213"/>
        <source>&lt;b&gt;Payments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zahlungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="230"/>
        <source>Close shift</source>
        <translation>Schicht schließen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="243"/>
        <source>The shift is closed</source>
        <translation>Die Schicht ist geschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="255"/>
        <source>Save the Z report (PDF) for your records and for the venue.</source>
        <translation>Den Z-Bericht (PDF) für die eigenen Unterlagen und für den Veranstaltungsort speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="264"/>
        <source>Save Z report (PDF)…</source>
        <translation>Z-Bericht speichern (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="268"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="281"/>
        <source>Close shift {number}</source>
        <translation>Schicht {number} schließen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="284"/>
        <source>Opened by {opened_by} at {local_time_text} · {plural}, {plural2}</source>
        <translation>Geöffnet von {opened_by} um {local_time_text} · {plural}, {plural2}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="297"/>
        <source>Refunds ({refunds_count})</source>
        <translation>Rückerstattungen ({refunds_count})</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="302"/>
        <source>Voids ({voids_count})</source>
        <translation>Stornos ({voids_count})</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="312"/>
        <source>No payments yet</source>
        <translation>Noch keine Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="360"/>
        <source>{verdict} by {amount}</source>
        <translation>{verdict}: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="366"/>
        <source>Shift {number} is closed</source>
        <translation>Schicht {number} ist geschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="371"/>
        <source>Counted {amount} of {amount2}: {verdict}</source>
        <translation>Gezählt {amount} von {amount2}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="379"/>
        <source>Net sales ({plural})</source>
        <translation>Nettoumsatz ({plural})</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="385"/>
        <source>Expected in the drawer</source>
        <translation>Soll in der Kasse</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="386"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="388"/>
        <source>Closed by {closed_by}</source>
        <translation>Geschlossen von {closed_by}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="394"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="410"/>
        <source>Save the Z report</source>
        <translation>Z-Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="411"/>
        <source>z-report-shift-{number}.pdf</source>
        <translation>z-bericht-schicht-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="421"/>
        <source>Saving the Z report…</source>
        <translation>Z-Bericht wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="428"/>
        <source>Z report saved to {path}</source>
        <translation>Z-Bericht gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="453"/>
        <source>1 sale</source>
        <translation>1 Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="454"/>
        <source>{n} sales</source>
        <translation>{n} Verkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="457"/>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="458"/>
        <source>{n} items</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="461"/>
        <source>1 payment</source>
        <translation>1 Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/shift_dialogs.py" line="462"/>
        <source>{n} payments</source>
        <translation>{n} Zahlungen</translation>
    </message>
</context>
<context>
    <name>backoffice/void_dialog</name>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="56"/>
        <location filename="../../ui/backoffice/void_dialog.py" line="62"/>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="64"/>
        <source>A void cancels the whole sale: every item goes back into stock and every payment goes back the way it was paid.</source>
        <translation>Ein Storno hebt den ganzen Verkauf auf: Jeder Artikel geht zurück in den Bestand und jede Zahlung auf dem Weg zurück, auf dem sie bezahlt wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="74"/>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Artikel&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="80"/>
        <source>&lt;b&gt;What goes back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was zurückgeht&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="91"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="93"/>
        <source>Void sale…</source>
        <translation>Stornieren …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="103"/>
        <source>Loading the sale…</source>
        <translation>Verkauf wird geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="116"/>
        <source>Void sale {number}</source>
        <translation>Verkauf {number} stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="120"/>
        <source>Sold {when} · {items} · paid {amount}. A void cancels the whole sale.</source>
        <translation>Verkauft {when} · {items} · {amount} bezahlt. Ein Storno hebt den ganzen Verkauf auf.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="125"/>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="127"/>
        <source>{n} items</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="135"/>
        <source>Tip</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="138"/>
        <source>{title} (paid {amount})</source>
        <translation>{title} ({amount} bezahlt)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="145"/>
        <source>Total given back</source>
        <translation>Insgesamt zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="150"/>
        <source>The item goes back into stock.</source>
        <translation>Der Artikel geht zurück ins Lager.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="152"/>
        <source>All {units} items go back into stock.</source>
        <translation>Alle {units} Artikel gehen zurück ins Lager.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="162"/>
        <source>Void sale {number}…</source>
        <translation>Verkauf {number} stornieren …</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="176"/>
        <source>Approve the void</source>
        <translation>Storno freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="178"/>
        <source>Void sale {number} and give back {amount}. A manager enters the PIN to approve.</source>
        <translation>Verkauf {number} stornieren und {amount} zurückgeben. Eine Leitung gibt zur Freigabe die PIN ein.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="188"/>
        <source>Why? e.g. rang up the wrong items</source>
        <translation>Warum? z. B. falsche Artikel eingetippt</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="237"/>
        <source>Sale {number} is voided. Give back {amount}: </source>
        <translation>Verkauf {number} ist storniert. {amount} zurückgeben: </translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="241"/>
        <source>. The items are back in stock.</source>
        <translation>. Die Artikel sind wieder auf Lager.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/void_dialog.py" line="245"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>backups/auto</name>
    <message>
        <location filename="../../ui/backups/auto.py" line="82"/>
        <source>The daily backup</source>
        <translation>Die tägliche Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="84"/>
        <source>The backup after the shift close</source>
        <translation>Die Sicherung nach dem Schichtabschluss</translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="101"/>
        <source>{what} was not made. {exc}</source>
        <translation>{what} wurde nicht angelegt. {exc}</translation>
    </message>
</context>
<context>
    <name>backups/backups_dialog</name>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="26"/>
        <source>Backups and data</source>
        <translation>Sicherungen und Daten</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="35"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="49"/>
        <source>of {taken_at}</source>
        <translation>von {taken_at}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="55"/>
        <source>Restored the backup {when}. The data from before is kept as the backup {name}.</source>
        <translation>Die Sicherung {when} wurde wiederhergestellt. Die Daten von vorher bleiben als Sicherung {name} erhalten.</translation>
    </message>
</context>
<context>
    <name>backups/backups_panel</name>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="50"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="51"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="52"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="85"/>
        <source>Backups and data</source>
        <translation>Sicherungen und Daten</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="87"/>
        <source>Copies of the shop&apos;s database, made safely while you sell. Restoring one puts the shop back as it was then.</source>
        <translation>Kopien der Datenbank des Shops, sicher angelegt, während Sie verkaufen. Eine Wiederherstellung setzt den Shop auf den damaligen Stand zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="121"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="128"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="162"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="165"/>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="168"/>
        <source>Put the chosen backup back (asks first)</source>
        <translation>Die gewählte Sicherung zurückspielen (fragt vorher)</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="171"/>
        <source>Restore from a file…</source>
        <translation>Aus einer Datei wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="174"/>
        <source>A backup copied from another computer or a USB stick</source>
        <translation>Eine Sicherung von einem anderen Computer oder einem USB-Stick</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="190"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="195"/>
        <source>Everything in the shop as one zip: a spreadsheet (CSV) per table and a summary. Amounts are in cents, as stored. Keys and PINs stay out.</source>
        <translation>Alles aus dem Shop als eine ZIP-Datei: eine Tabelle (CSV) je Datenbanktabelle und eine Übersicht. Beträge in Cent, wie gespeichert. Schlüssel und PINs bleiben draußen.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="203"/>
        <source>Export everything…</source>
        <translation>Alles exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="222"/>
        <source>Copies of the shop&apos;s database, made safely while you sell, kept in {folder}. Restoring one puts the shop back as it was then.</source>
        <translation>Kopien der Datenbank des Shops, sicher angelegt, während Sie verkaufen, aufbewahrt in {folder}. Eine Wiederherstellung setzt den Shop auf den damaligen Stand zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="236"/>
        <source>No backups yet. “Back up now” makes the first one.</source>
        <translation>Noch keine Sicherungen. „Jetzt sichern“ legt die erste an.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="271"/>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="283"/>
        <source> {backups} deleted.</source>
        <translation> {backups} gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="401"/>
        <source>Exported {tables} ({rows}) to {path} ({size}).</source>
        <translation>{tables} ({rows}) exportiert nach {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="290"/>
        <source>Backed up: {size}, checked and kept.{gone}</source>
        <translation>Gesichert: {size}, geprüft und aufbewahrt.{gone}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="302"/>
        <source>The backup of {taken_at}</source>
        <translation>Die Sicherung von {taken_at}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="314"/>
        <source>Choose a PopupPOS backup</source>
        <translation>Eine PopupPOS-Sicherung wählen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="316"/>
        <source>PopupPOS databases (*.sqlite *.db);;All files (*)</source>
        <translation>PopupPOS-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="324"/>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="343"/>
        <source>Saved {modified} · {st_size}</source>
        <translation>Gespeichert {modified} · {st_size}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="363"/>
        <source>Restored. The data from before is kept as a backup (“Before a restore”). PopupPOS reopens its window on the restored data.</source>
        <translation>Wiederhergestellt. Die Daten von vorher bleiben als Sicherung erhalten („Vor einer Wiederherstellung“). PopupPOS öffnet sein Fenster neu mit den wiederhergestellten Daten.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_panel.py" line="389"/>
        <source>Exporting everything…</source>
        <translation>Alles wird exportiert …</translation>
    </message>
</context>
<context>
    <name>backups/confirm</name>
    <message>
        <location filename="../../ui/backups/confirm.py" line="22"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/confirm.py" line="28"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/backups/confirm.py" line="37"/>
        <source>The shop goes back to how it was then: sales, refunds and changes made since will not be in it. First, the data as it is now is kept as a backup named “Before a restore”, so you can come back to it. PopupPOS then reopens its window on the restored data.</source>
        <translation>Der Shop kehrt zum damaligen Stand zurück: Verkäufe, Rückerstattungen und Änderungen seitdem sind dann nicht enthalten. Zuerst werden die jetzigen Daten als Sicherung „Vor einer Wiederherstellung“ aufbewahrt, damit Sie zu ihnen zurückkönnen. Dann öffnet PopupPOS sein Fenster neu mit den wiederhergestellten Daten.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/confirm.py" line="46"/>
        <source>

A manager&apos;s PIN is asked next.</source>
        <translation>

Als Nächstes wird die PIN der Leitung abgefragt.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/confirm.py" line="55"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/confirm.py" line="56"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/confirm.py" line="57"/>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>backups/damaged</name>
    <message>
        <location filename="../../ui/backups/damaged.py" line="53"/>
        <source>PopupPOS: the shop&apos;s database is damaged</source>
        <translation>PopupPOS: Die Datenbank des Shops ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="62"/>
        <source>{name} is damaged</source>
        <translation>{name} ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="66"/>
        <source>PopupPOS checks the shop&apos;s database each time it starts. This time SQLite&apos;s integrity check found damage, so PopupPOS has not opened it and has written nothing to it.</source>
        <translation>PopupPOS prüft die Datenbank des Shops bei jedem Start. Diesmal hat die Integritätsprüfung von SQLite einen Schaden gefunden; daher hat PopupPOS sie nicht geöffnet und nichts hineingeschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="81"/>
        <source>Looking for the newest good backup…</source>
        <translation>Die neueste intakte Sicherung wird gesucht …</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="95"/>
        <source>Quit without changing anything</source>
        <translation>Beenden, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="98"/>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="102"/>
        <source>Open the shop</source>
        <translation>Shop öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="128"/>
        <source>No good backup was found.</source>
        <translation>Es wurde keine intakte Sicherung gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="130"/>
        <source>There is no backup of {name} in {folder} that passes its check. Keep the damaged file as it is, and ask for help before changing it.</source>
        <translation>In {folder} gibt es keine Sicherung von {name}, die ihre Prüfung besteht. Lassen Sie die beschädigte Datei, wie sie ist, und holen Sie Hilfe, bevor Sie etwas ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="137"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="142"/>
        <source>The newest good backup is from {taken_at}.</source>
        <translation>Die neueste intakte Sicherung ist von {taken_at}.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="147"/>
        <source>{reason} · {size} · checked and sound. Sales made after it are not in it. The damaged file is kept beside the database as {stem}.damaged-….sqlite, never deleted.</source>
        <translation>{reason} · {size} · geprüft und intakt. Spätere Verkäufe sind nicht enthalten. Die beschädigte Datei bleibt neben der Datenbank als {stem}.damaged-….sqlite erhalten und wird nie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="169"/>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt …</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="181"/>
        <source>The backup is restored</source>
        <translation>Die Sicherung ist wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="183"/>
        <source>{name} now holds the backup. The damaged file is kept as {name2} in {parent}.</source>
        <translation>{name} enthält jetzt die Sicherung. Die beschädigte Datei bleibt als {name2} in {parent} erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="262"/>
        <source>Restored the newest good backup; the damaged file is kept as {value}.</source>
        <translation>Die neueste intakte Sicherung wurde wiederhergestellt; die beschädigte Datei bleibt als {value} erhalten.</translation>
    </message>
</context>
<context>
    <name>backups/restore_flow</name>
    <message>
        <location filename="../../ui/backups/restore_flow.py" line="54"/>
        <source>Approve the restore</source>
        <translation>Wiederherstellung freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_flow.py" line="55"/>
        <source>A manager enters the PIN to put this backup back.</source>
        <translation>Eine Leitung gibt die PIN ein, um diese Sicherung zurückzuspielen.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_flow.py" line="70"/>
        <source>Restoring… the current data is kept aside first.</source>
        <translation>Wird wiederhergestellt … die jetzigen Daten werden zuerst beiseitegelegt.</translation>
    </message>
</context>
<context>
    <name>backups/settings_card</name>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="15"/>
        <source>Older ones are deleted after each new backup.</source>
        <translation>Ältere werden nach jeder neuen Sicherung gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="35"/>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="39"/>
        <source>Every day, when PopupPOS first starts</source>
        <translation>Jeden Tag beim ersten Start von PopupPOS</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="42"/>
        <source>Each time a shift is closed</source>
        <translation>Bei jedem Schichtabschluss</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="47"/>
        <source>Keep the newest</source>
        <translation>Die neuesten behalten</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="53"/>
        <source>How many backups to keep</source>
        <translation>Wie viele Sicherungen behalten werden</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="56"/>
        <source>Keep one fewer</source>
        <translation>Eine weniger behalten</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="59"/>
        <source>Keep one more</source>
        <translation>Eine mehr behalten</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="62"/>
        <source>backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_card.py" line="94"/>
        <source>The next backup deletes the {backups}, keeping the newest {keep}.</source>
        <translation>Die nächste Sicherung löscht: {backups}; die neuesten {keep} bleiben.</translation>
    </message>
</context>
<context>
    <name>backups/words</name>
    <message>
        <location filename="../../ui/backups/words.py" line="12"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="13"/>
        <source>Shift close</source>
        <translation>Schichtabschluss</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="14"/>
        <source>Backed up by hand</source>
        <translation>Von Hand gesichert</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="15"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="19"/>
        <source>{n} older backup</source>
        <translation>{n} ältere Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="20"/>
        <source>{n} older backups</source>
        <translation>{n} ältere Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="23"/>
        <source>{n} oldest backup</source>
        <translation>{n} älteste Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="24"/>
        <source>{n} oldest backups</source>
        <translation>{n} älteste Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="27"/>
        <source>{n} table</source>
        <translation>{n} Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="28"/>
        <source>{n} tables</source>
        <translation>{n} Tabellen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="31"/>
        <source>{n} row</source>
        <translation>{n} Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="32"/>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="55"/>
        <source>Today, {clock}</source>
        <translation>Heute, {clock}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="57"/>
        <source>Yesterday, {clock}</source>
        <translation>Gestern, {clock}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="70"/>
        <location filename="../../ui/backups/words.py" line="75"/>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
</context>
<context>
    <name>calendar/calendar_screen</name>
    <message>
        <location filename="../../ui/calendar/calendar_screen.py" line="102"/>
        <source>Member sessions</source>
        <translation>Mitgliedertermine</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_screen.py" line="103"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_screen.py" line="104"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_screen.py" line="105"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_screen.py" line="116"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_screen.py" line="117"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_screen.py" line="130"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_screen.py" line="220"/>
        <source>Saved {title}: {day}.</source>
        <translation>{title} gespeichert: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/calendar_screen.py" line="256"/>
        <source>To book a seat, open a session first, then scan the member&apos;s pass.</source>
        <translation>Um einen Platz zu buchen, zuerst einen Termin öffnen, dann den Ausweis des Mitglieds scannen.</translation>
    </message>
</context>
<context>
    <name>calendar/checkin_screen</name>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="88"/>
        <source>Type or paste a code, then Enter</source>
        <translation>Code tippen oder einfügen, dann Enter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="103"/>
        <source>← Calendar</source>
        <translation>← Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="105"/>
        <source>Back to the calendar</source>
        <translation>Zurück zum Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="111"/>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="120"/>
        <source>Duplicates</source>
        <translation>Doppelte</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="121"/>
        <source>Members checked in twice by devices that were offline</source>
        <translation>Mitglieder, die von Geräten ohne Verbindung doppelt eingelassen wurden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="127"/>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="130"/>
        <source>Full screen, for attendees</source>
        <translation>Vollbild, für Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="148"/>
        <source>Checked in</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="150"/>
        <source>checked in</source>
        <translation>eingelassen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="166"/>
        <source>LAST SCANS</source>
        <translation>LETZTE SCANS</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="202"/>
        <source>  (cancelled)</source>
        <translation>  (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="209"/>
        <source>{value} booked, not yet in</source>
        <translation>{value} gebucht, noch nicht da</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="215"/>
        <source>{waitlisted} on the waitlist</source>
        <translation>{waitlisted} auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="220"/>
        <source>{seats_left} seat free</source>
        <translation>{seats_left} Platz frei</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="224"/>
        <source>{seats_left} seats free</source>
        <translation>{seats_left} Plätze frei</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="232"/>
        <source>Duplicates{count}</source>
        <translation>Doppelte{count}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="237"/>
        <source>{n} duplicate check-in for this session from devices that were offline: flagged, counted once. See Duplicates.</source>
        <translation>{n} doppelter Einlass für diesen Termin von Geräten ohne Verbindung: markiert, einmal gezählt. Siehe Doppelte.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="243"/>
        <source>{n} duplicate check-ins for this session from devices that were offline: flagged, counted once. See Duplicates.</source>
        <translation>{n} doppelte Einlässe für diesen Termin von Geräten ohne Verbindung: markiert, je einmal gezählt. Siehe Doppelte.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="255"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="257"/>
        <source>Check-in opens at {clock}</source>
        <translation>Einlass ab {clock}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="261"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/checkin_screen.py" line="262"/>
        <source>Check-in open until {ends_at}</source>
        <translation>Einlass offen bis {ends_at}</translation>
    </message>
</context>
<context>
    <name>calendar/duplicates</name>
    <message>
        <location filename="../../ui/calendar/duplicates.py" line="26"/>
        <location filename="../../ui/calendar/duplicates.py" line="31"/>
        <location filename="../../ui/calendar/duplicates.py" line="46"/>
        <source>Duplicate check-ins</source>
        <translation>Doppelte Einlässe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/duplicates.py" line="34"/>
        <source>Two devices that were offline both checked the same member in. Both records are kept: the first one counts (seats, sessions, 1:1 minutes are charged once); the later one is flagged here.</source>
        <translation>Zwei Geräte ohne Verbindung haben dasselbe Mitglied eingelassen. Beide Einträge bleiben erhalten: Der erste zählt (Plätze, Termine und 1:1-Minuten werden einmal berechnet); der spätere wird hier markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/duplicates.py" line="50"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/duplicates.py" line="54"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/duplicates.py" line="68"/>
        <source>No duplicate check-ins: every member was checked in once.</source>
        <translation>Keine doppelten Einlässe: Jedes Mitglied wurde einmal eingelassen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/duplicates.py" line="76"/>
        <source>{found} duplicate check-in flagged.</source>
        <translation>{found} doppelter Einlass markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/duplicates.py" line="80"/>
        <source>{found} duplicate check-ins flagged.</source>
        <translation>{found} doppelte Einlässe markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/duplicates.py" line="87"/>
        <source>{message}
Session: {d}</source>
        <translation>{message}
Termin: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/duplicates.py" line="99"/>
        <source>{day_title} at {session_starts_at}</source>
        <translation>{day_title} um {session_starts_at}</translation>
    </message>
</context>
<context>
    <name>calendar/kiosk</name>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="86"/>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="133"/>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="135"/>
        <source>Leave kiosk mode (manager PIN)</source>
        <translation>Kioskmodus verlassen (PIN der Leitung)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="162"/>
        <source>Scan your pass</source>
        <translation>Ausweis scannen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="176"/>
        <source>Type or paste a pass code</source>
        <translation>Ausweiscode tippen oder einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="209"/>
        <source>Hold the QR code on your phone or card up to the camera, or to the scanner.</source>
        <translation>Halten Sie den QR-Code auf Ihrem Handy oder Ihrer Karte vor die Kamera oder an den Scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="214"/>
        <source>Hold the QR code on your phone or card to the scanner.</source>
        <translation>Halten Sie den QR-Code auf Ihrem Handy oder Ihrer Karte an den Scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="238"/>
        <source>No manager PIN is set: kiosk mode is not locked.</source>
        <translation>Keine PIN der Leitung festgelegt: Der Kioskmodus ist nicht gesperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="270"/>
        <source>{detail}
Please see the host.</source>
        <translation>{detail}
Bitte wenden Sie sich an das Team.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="272"/>
        <source>Please see the host.</source>
        <translation>Bitte wenden Sie sich an das Team.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="306"/>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="307"/>
        <source>A manager enters the PIN to leave kiosk mode.</source>
        <translation>Zum Verlassen des Kioskmodus gibt eine Leitung die PIN ein.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="323"/>
        <source>The PIN could not be checked; try again.</source>
        <translation>Die PIN konnte nicht geprüft werden; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/kiosk.py" line="329"/>
        <source>That manager PIN is not right.</source>
        <translation>Diese PIN der Leitung stimmt nicht.</translation>
    </message>
</context>
<context>
    <name>calendar/look</name>
    <message>
        <location filename="../../ui/calendar/look.py" line="174"/>
        <source>{taken}/{capacity} booked</source>
        <translation>{taken}/{capacity} gebucht</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/look.py" line="178"/>
        <source> · {waitlisted} waiting</source>
        <translation> · {waitlisted} auf Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/look.py" line="187"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/look.py" line="193"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
</context>
<context>
    <name>calendar/month_view</name>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="45"/>
        <source>{title} · {taken}/{capacity} booked</source>
        <translation>{title} · {taken}/{capacity} gebucht</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="50"/>
        <source>{title} at {starts_at}</source>
        <translation>{title} um {starts_at}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="129"/>
        <source>+{value} more</source>
        <translation>+{value} weitere</translation>
    </message>
</context>
<context>
    <name>calendar/result_view</name>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="41"/>
        <source>Welcome, {name}</source>
        <translation>Willkommen, {name}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="43"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="47"/>
        <source>{name} is already in</source>
        <translation>{name} ist schon drin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="49"/>
        <source>Already in</source>
        <translation>Schon drin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="52"/>
        <source>Sorry, {name}</source>
        <translation>Leider nicht, {name}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="54"/>
        <source>Not checked in</source>
        <translation>Nicht eingelassen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="93"/>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="97"/>
        <source>Scan a member&apos;s pass with the scanner or the camera, or type or paste its code.</source>
        <translation>Scannen Sie den Ausweis eines Mitglieds mit dem Scanner oder der Kamera, oder tippen oder fügen Sie seinen Code ein.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="133"/>
        <source>Recent scans</source>
        <translation>Letzte Scans</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/result_view.py" line="146"/>
        <source>Unknown pass</source>
        <translation>Unbekannter Ausweis</translation>
    </message>
</context>
<context>
    <name>calendar/scan_input</name>
    <message>
        <location filename="../../ui/calendar/scan_input.py" line="75"/>
        <source>No camera here. Scan passes with the USB scanner, or type or paste the code.</source>
        <extracomment>Scanner timings that accept a member pass (163 characters) as one burst. The wedge&apos;s default ``max_length`` (128) is made for retail barcodes: a pass would overflow it and be typed into the focused field. The main window&apos;s scanner should use these settings.</extracomment>
        <translation>Keine Kamera vorhanden. Ausweise mit dem USB-Scanner scannen oder den Code tippen oder einfügen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/scan_input.py" line="114"/>
        <source>Type or paste a code</source>
        <translation>Code tippen oder einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/scan_input.py" line="115"/>
        <source>Check in</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/scan_input.py" line="205"/>
        <source>Could not check this pass</source>
        <translation>Dieser Ausweis konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>calendar/session_dialog</name>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="73"/>
        <source>Edit {title}</source>
        <translation>{title} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="75"/>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="98"/>
        <source>Save session</source>
        <translation>Termin speichern</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="128"/>
        <location filename="../../ui/calendar/session_dialog.py" line="134"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="131"/>
        <source>Tuesday Breathwork</source>
        <translation>Atemarbeit am Dienstag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="141"/>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="142"/>
        <location filename="../../ui/calendar/session_dialog.py" line="181"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="143"/>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="149"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="150"/>
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="151"/>
        <source>Lasts</source>
        <translation>Dauert</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="163"/>
        <location filename="../../ui/calendar/session_dialog.py" line="169"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="166"/>
        <source>Studio 2, The Courtyard</source>
        <translation>Studio 2, Im Hof</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="174"/>
        <location filename="../../ui/calendar/session_dialog.py" line="176"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="179"/>
        <source>1:1 minutes it costs</source>
        <translation>1:1-Minuten pro Termin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="183"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="185"/>
        <source>1:1 minutes debited per check-in</source>
        <translation>1:1-Minuten je Einlass abgebucht</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="193"/>
        <source>A 1:1 cost is taken from the pass&apos;s 1:1 minutes at check-in.</source>
        <translation>Ein 1:1-Preis wird beim Einlass von den 1:1-Minuten des Ausweises abgebucht.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="205"/>
        <location filename="../../ui/calendar/session_dialog.py" line="212"/>
        <source>Tiers allowed</source>
        <translation>Zugelassene Stufen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="207"/>
        <source>Tick none to open the session to every member pass.</source>
        <translation>Keine ankreuzen, um den Termin für jeden Mitgliedsausweis zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="214"/>
        <source>Priority booking</source>
        <translation>Vorrangbuchung</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="217"/>
        <source>Holders of these tiers may book before it opens to all.</source>
        <translation>Inhaber dieser Stufen dürfen buchen, bevor er für alle öffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="223"/>
        <source>Priority tiers</source>
        <translation>Vorrangstufen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="226"/>
        <source>Booking opens to every member on</source>
        <translation>Buchung öffnet für alle Mitglieder am</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="232"/>
        <source>Opens to all on</source>
        <translation>Öffnet für alle am</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="235"/>
        <source>Opens to all at</source>
        <translation>Öffnet für alle um</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="238"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="267"/>
        <source>No pass tiers yet: the session is open to every member.</source>
        <translation>Noch keine Ausweisstufen: Der Termin ist für jedes Mitglied offen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="303"/>
        <source>Give the session a title.</source>
        <translation>Geben Sie dem Termin einen Titel.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="307"/>
        <source>Pick a start in the future.</source>
        <translation>Wählen Sie einen Beginn in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="311"/>
        <source>A priority tier must also be ticked under Tiers allowed.</source>
        <translation>Eine Vorrangstufe muss auch unter Zugelassene Stufen angekreuzt sein.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="316"/>
        <source>Booking must open to all before the session starts.</source>
        <translation>Die Buchung muss vor Beginn des Termins für alle öffnen.</translation>
    </message>
</context>
<context>
    <name>calendar/session_panel</name>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="63"/>
        <source>Waitlist {position} · {member_name} — waiting since {at}</source>
        <translation>Warteliste {position} · {member_name} — wartet seit {at}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="67"/>
        <source>{member_name} — ✓ checked in</source>
        <translation>{member_name} — ✓ eingelassen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="70"/>
        <source>{member_name} — booked {at}</source>
        <translation>{member_name} — gebucht {at}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="98"/>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="106"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="109"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="123"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="124"/>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="125"/>
        <source>Checked in</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="126"/>
        <source>1:1 cost</source>
        <translation>1:1-Preis</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="137"/>
        <location filename="../../ui/calendar/session_panel.py" line="140"/>
        <source>Bookings and waitlist</source>
        <translation>Buchungen und Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="149"/>
        <location filename="../../ui/calendar/session_panel.py" line="282"/>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="154"/>
        <source>Scan or paste a member&apos;s pass</source>
        <translation>Ausweis eines Mitglieds scannen oder einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="155"/>
        <source>Book a seat</source>
        <translation>Platz buchen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="164"/>
        <location filename="../../ui/calendar/session_panel.py" line="287"/>
        <source>Cancel session</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="169"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="173"/>
        <source>Start check-in</source>
        <translation>Einlass starten</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="198"/>
        <source>  (cancelled)</source>
        <translation>  (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="207"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="210"/>
        <source>Tiers: </source>
        <translation>Stufen: </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="213"/>
        <source>★ Priority tiers book first; open to all from {opens_to_all_at}.</source>
        <translation>★ Vorrangstufen buchen zuerst; für alle offen ab {opens_to_all_at}.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="227"/>
        <source>No bookings yet. Scan or paste a member&apos;s pass below.</source>
        <translation>Noch keine Buchungen. Unten den Ausweis eines Mitglieds scannen oder einfügen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="249"/>
        <source>Booking…</source>
        <translation>Wird gebucht …</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="280"/>
        <source>Yes, cancel {who}&apos;s booking</source>
        <translation>Ja, Buchung von {who} stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="285"/>
        <source>Yes, cancel the session</source>
        <translation>Ja, den Termin absagen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="311"/>
        <source>Cancelled {name}&apos;s booking.</source>
        <translation>Buchung von {name} storniert.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="314"/>
        <source> {names} moved up from the waitlist to a seat.</source>
        <translation> {names} ist von der Warteliste auf einen Platz nachgerückt.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_panel.py" line="337"/>
        <source>The session is cancelled; its bookings stay on record.</source>
        <translation>Der Termin ist abgesagt; seine Buchungen bleiben erfasst.</translation>
    </message>
</context>
<context>
    <name>calendar/week_view</name>
    <message>
        <location filename="../../ui/calendar/week_view.py" line="33"/>
        <source>All members</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_view.py" line="73"/>
        <location filename="../../ui/calendar/week_view.py" line="75"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_view.py" line="91"/>
        <source>Full</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_view.py" line="105"/>
        <source>Tiers: </source>
        <translation>Stufen: </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_view.py" line="171"/>
        <source>No sessions</source>
        <translation>Keine Termine</translation>
    </message>
</context>
<context>
    <name>camera_panel</name>
    <message>
        <location filename="../../ui/camera_panel.py" line="34"/>
        <source>No camera found — scan with the hand scanner, or type or paste the code</source>
        <translation>Keine Kamera gefunden – mit dem Handscanner scannen oder den Code tippen oder einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/camera_panel.py" line="94"/>
        <source>Hold the code inside the box</source>
        <translation>Den Code in den Rahmen halten</translation>
    </message>
    <message>
        <location filename="../../ui/camera_panel.py" line="114"/>
        <source>Decode a photo…</source>
        <translation>Foto auslesen …</translation>
    </message>
    <message>
        <location filename="../../ui/camera_panel.py" line="139"/>
        <source>Decode a photo</source>
        <translation>Foto auslesen</translation>
    </message>
    <message>
        <location filename="../../ui/camera_panel.py" line="141"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/camera_panel.py" line="150"/>
        <source>Reading the photo…</source>
        <translation>Foto wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../ui/camera_panel.py" line="175"/>
        <source>{message} Scan with the hand scanner, or type or paste the code.</source>
        <translation>{message} Mit dem Handscanner scannen oder den Code tippen oder einfügen.</translation>
    </message>
</context>
<context>
    <name>camera_scanner</name>
    <message>
        <location filename="../../ui/camera_scanner.py" line="417"/>
        <source>the photo</source>
        <translation>das Foto</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scanner.py" line="421"/>
        <source>{name} could not be read as a picture ({problem}).</source>
        <translation>{name} konnte nicht als Bild gelesen werden ({problem}).</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scanner.py" line="427"/>
        <source>No QR code found in {name}. Try a sharper, closer photo, or type or paste the code.</source>
        <translation>Kein QR-Code in {name} gefunden. Versuchen Sie ein schärferes, näheres Foto, oder tippen oder fügen Sie den Code ein.</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scanner.py" line="439"/>
        <source>The camera stopped ({value}).</source>
        <translation>Die Kamera wurde angehalten ({value}).</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scanner.py" line="440"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/camera_scanner.py" line="465"/>
        <source>an unexpected error</source>
        <translation>ein unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>core/drop_rules</name>
    <message>
        <location filename="../../core/drop_rules.py" line="57"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="58"/>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="59"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="60"/>
        <location filename="../../core/drop_rules.py" line="249"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="61"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="106"/>
        <source>the edition size must be 1 to {most} units</source>
        <translation>die Auflage muss 1 bis {most} Stück betragen</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="111"/>
        <source>the drop must end after it starts</source>
        <translation>der Drop muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="114"/>
        <source>the members-first window cannot be negative</source>
        <translation>der Vorsprung für Mitglieder kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="118"/>
        <source>the members-first window is at most 30 days</source>
        <translation>der Vorsprung für Mitglieder beträgt höchstens 30 Tage</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="122"/>
        <source>the limit per customer must be 1 to the edition size</source>
        <translation>die Höchstmenge pro Person muss zwischen 1 und der Auflage liegen</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="126"/>
        <source>the low-stock alert must be below the edition size</source>
        <translation>der Hinweis bei wenig Bestand muss unter der Auflage liegen</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="135"/>
        <source>the story hook has {words} words; keep it to {most} or fewer</source>
        <translation>der Aufhänger hat {words} Wörter; höchstens {most} sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="197"/>
        <source>the quantity must be at least 1</source>
        <translation>die Menge muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="200"/>
        <source>this drop has ended</source>
        <translation>dieser Drop ist beendet</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="203"/>
        <source>this drop is not on sale yet (opens {when})</source>
        <translation>dieser Drop ist noch nicht im Verkauf (öffnet {when})</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="206"/>
        <source>this drop is not on sale yet</source>
        <translation>dieser Drop ist noch nicht im Verkauf</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="208"/>
        <source>this drop is sold out</source>
        <translation>dieser Drop ist ausverkauft</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="211"/>
        <source>only members of the chosen tiers can buy now</source>
        <translation>jetzt können nur Mitglieder der gewählten Stufen kaufen</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="213"/>
        <source>only members can buy now</source>
        <translation>jetzt können nur Mitglieder kaufen</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="215"/>
        <source>{reason} (scan their pass)</source>
        <translation>{reason} (Ausweis scannen)</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="217"/>
        <source>{reason}; everyone from {when}</source>
        <translation>{reason}; alle ab {when}</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="223"/>
        <source>only 1 left</source>
        <translation>nur noch 1 übrig</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="224"/>
        <source>only {left} left</source>
        <translation>nur noch {left} übrig</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="230"/>
        <source>the limit is {limit} per customer and this member has {held} already</source>
        <translation>die Höchstmenge ist {limit} pro Person und dieses Mitglied hat schon {held}</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="234"/>
        <source>the limit is {limit} per customer</source>
        <translation>die Höchstmenge ist {limit} pro Person</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="251"/>
        <source>Only {left} left of {cap}</source>
        <translation>Nur noch {left} von {cap}</translation>
    </message>
    <message>
        <location filename="../../core/drop_rules.py" line="252"/>
        <source>{left} of {cap} left</source>
        <translation>Noch {left} von {cap}</translation>
    </message>
</context>
<context>
    <name>core/metrics</name>
    <message>
        <location filename="../../core/metrics.py" line="39"/>
        <source>Conversion per live minute</source>
        <translation>Konversion pro Live-Minute</translation>
    </message>
    <message>
        <location filename="../../core/metrics.py" line="40"/>
        <source>Repeat purchase window</source>
        <translation>Wiederkauf-Zeitraum</translation>
    </message>
    <message>
        <location filename="../../core/metrics.py" line="41"/>
        <source>Retention per token</source>
        <translation>Bindung pro Ausweis</translation>
    </message>
    <message>
        <location filename="../../core/metrics.py" line="42"/>
        <source>Revenue per micro-event</source>
        <translation>Umsatz pro Mini-Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../core/metrics.py" line="47"/>
        <source>Purchases divided by minutes live. A purchase is a completed sale recorded on the live session&apos;s device from the moment it went live to the moment it ended (or now, while it runs); voided sales are left out, refunded ones still count (the buying happened live). Minutes live are the exact time from going live to ending. The period&apos;s figure takes the live sessions that started in it (an event&apos;s: those run under it or started during it) and divides all their purchases by all their minutes, so a long session weighs more than a short one.</source>
        <translation>Käufe geteilt durch Live-Minuten. Ein Kauf ist ein abgeschlossener Verkauf, der auf dem Gerät der Live-Sitzung vom Moment des Live-Gehens bis zu ihrem Ende (oder bis jetzt, solange sie läuft) erfasst wurde; stornierte Verkäufe zählen nicht, erstattete zählen weiter (gekauft wurde live). Live-Minuten sind die genaue Zeit vom Live-Gehen bis zum Ende. Der Wert eines Zeitraums nimmt die Live-Sitzungen, die in ihm begonnen haben (bei einer Veranstaltung: die unter ihr gelaufenen oder während ihr begonnenen), und teilt alle ihre Käufe durch alle ihre Minuten, sodass eine lange Sitzung mehr Gewicht hat als eine kurze.</translation>
    </message>
    <message>
        <location filename="../../core/metrics.py" line="57"/>
        <source>The share of identified buyers who bought again within {days} days. A buyer is a member attached to a completed, unvoided sale in the period (or event); their first such purchase opens their window. They count as repeat buyers when they bought again, anywhere, more than an hour and at most {days} days after it (times to the whole second; a second ticket in the same visit is not a return). Only buyers whose first purchase is at least {days} days old are counted, so nobody is called a non-returner before their window has closed; the others are shown as too early to tell. Refunded purchases still count; guests cannot be recognised and are left out.</source>
        <translation>Der Anteil der erkannten Käufer, die innerhalb von {days} Tagen erneut gekauft haben. Ein Käufer ist ein Mitglied, das einem abgeschlossenen, nicht stornierten Verkauf im Zeitraum (oder bei der Veranstaltung) zugeordnet ist; sein erster solcher Kauf eröffnet seinen Zeitraum. Als Wiederkäufer zählt, wer erneut gekauft hat, egal wo, mehr als eine Stunde und höchstens {days} Tage danach (sekundengenau; ein zweiter Bon beim selben Besuch ist keine Rückkehr). Gezählt werden nur Käufer, deren erster Kauf mindestens {days} Tage zurückliegt, damit niemand als nicht zurückgekehrt gilt, bevor sein Zeitraum abgelaufen ist; die anderen erscheinen als „noch zu früh“. Erstattete Käufe zählen weiter; Gäste lassen sich nicht erkennen und bleiben außen vor.</translation>
    </message>
    <message>
        <location filename="../../core/metrics.py" line="69"/>
        <source>Member sessions attended per pass. Every pass (token) valid on at least one day of the period counts as one holder, including those that attended nothing; a session counts when the pass was checked in to it and the session started in the period. A session counts once per pass however many times it was scanned, so a duplicate check-in from a second stall never counts twice.</source>
        <translation>Besuchte Mitgliedertermine pro Ausweis. Jeder Ausweis (Token), der an mindestens einem Tag des Zeitraums gültig ist, zählt als ein Inhaber, auch wenn er nichts besucht hat; ein Termin zählt, wenn der Ausweis zu ihm eingelassen wurde und der Termin im Zeitraum begonnen hat. Ein Termin zählt einmal pro Ausweis, wie oft auch gescannt wurde, sodass ein doppelter Einlass von einem zweiten Stand nie doppelt zählt.</translation>
    </message>
    <message>
        <location filename="../../core/metrics.py" line="77"/>
        <source>What the events held took, divided by the number of events held. Events are the plan&apos;s events (free micro-events, live and member drops, pop-up days, pass releases) and live sessions run outside any plan event, that started in the period and by now. What they took is merch, tips and pass sales made from an event&apos;s start to its end (a sale during two overlapping events counts once), less the refunds of those sales; voided sales are left out. Exact to the cent, rounded only to show.</source>
        <translation>Was die abgehaltenen Veranstaltungen eingenommen haben, geteilt durch ihre Anzahl. Veranstaltungen sind die Veranstaltungen des Plans (kostenlose Mini-Veranstaltungen, Live- und Mitglieder-Drops, Pop-up-Tage, Ausweis-Starts) und Live-Sitzungen außerhalb jeder Planveranstaltung, die im Zeitraum und bis jetzt begonnen haben. Eingenommen sind Waren, Trinkgelder und Ausweisverkäufe vom Beginn bis zum Ende einer Veranstaltung (ein Verkauf während zweier sich überschneidender Veranstaltungen zählt einmal), abzüglich der Erstattungen dieser Verkäufe; stornierte Verkäufe zählen nicht. Auf den Cent genau, gerundet nur für die Anzeige.</translation>
    </message>
</context>
<context>
    <name>core/money</name>
    <message>
        <location filename="../../core/money.py" line="173"/>
        <source>enter an amount</source>
        <translation>einen Betrag eingeben</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="175"/>
        <source>amounts cannot be negative</source>
        <translation>Beträge können nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="197"/>
        <location filename="../../core/money.py" line="207"/>
        <source>{text} is not an amount</source>
        <translation>{text} ist kein Betrag</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="221"/>
        <source>{text} is not an amount (check the separators)</source>
        <translation>{text} ist kein Betrag (Trennzeichen prüfen)</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="228"/>
        <source>{text} has more decimals than {currency} allows ({digits})</source>
        <translation>{text} hat mehr Nachkommastellen, als {currency} erlaubt ({digits})</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="234"/>
        <source>{text} is too large</source>
        <translation>{text} ist zu groß</translation>
    </message>
</context>
<context>
    <name>core/pass_token</name>
    <message>
        <location filename="../../core/pass_token.py" line="135"/>
        <source>This pass was transferred to another member.</source>
        <translation>Dieser Ausweis wurde auf ein anderes Mitglied übertragen.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="138"/>
        <source>This pass was refunded.</source>
        <translation>Dieser Ausweis wurde erstattet.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="139"/>
        <source>This pass was revoked by the shop.</source>
        <translation>Dieser Ausweis wurde vom Laden gesperrt.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="187"/>
        <source>d MMMM yyyy</source>
        <extracomment>a Babel/CLDR date pattern: day, month name, year</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="355"/>
        <source>This code is not a member pass, or it was not read completely. Scan it again.</source>
        <translation>Dieser Code ist kein Mitgliedsausweis oder wurde nicht vollständig gelesen. Bitte erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="359"/>
        <source>This pass was made by a newer version of PopupPOS. Update this stall to read it.</source>
        <translation>Dieser Ausweis stammt aus einer neueren PopupPOS-Version. Aktualisieren Sie diese Kasse, um ihn zu lesen.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="431"/>
        <source>This pass was not issued by this shop.</source>
        <translation>Dieser Ausweis wurde nicht von diesem Laden ausgestellt.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="439"/>
        <source>This pass has been altered or damaged, so it cannot be trusted.</source>
        <translation>Dieser Ausweis wurde verändert oder beschädigt und ist daher nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="456"/>
        <source>This pass was issued on a device this shop no longer trusts.</source>
        <translation>Dieser Ausweis wurde auf einem Gerät ausgestellt, dem dieser Laden nicht mehr vertraut.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="468"/>
        <source>This pass was revoked.</source>
        <translation>Dieser Ausweis wurde gesperrt.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="476"/>
        <source>This pass is not valid until {day}.</source>
        <translation>Dieser Ausweis gilt erst ab {day}.</translation>
    </message>
    <message>
        <location filename="../../core/pass_token.py" line="484"/>
        <source>This pass expired on {day}.</source>
        <translation>Dieser Ausweis ist am {day} abgelaufen.</translation>
    </message>
</context>
<context>
    <name>core/pricing</name>
    <message>
        <location filename="../../core/pricing.py" line="54"/>
        <source>a discount cannot be negative</source>
        <translation>ein Rabatt kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/pricing.py" line="56"/>
        <source>a discount cannot be more than 100 %</source>
        <translation>ein Rabatt kann nicht mehr als 100 % betragen</translation>
    </message>
    <message>
        <location filename="../../core/pricing.py" line="84"/>
        <source>quantity must be at least 1</source>
        <translation>die Menge muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../../core/pricing.py" line="87"/>
        <source>quantity {quantity} is more than {most}</source>
        <translation>die Menge {quantity} ist größer als {most}</translation>
    </message>
    <message>
        <location filename="../../core/pricing.py" line="92"/>
        <source>a price cannot be negative</source>
        <translation>ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/pricing.py" line="94"/>
        <source>that price is too large</source>
        <translation>dieser Preis ist zu hoch</translation>
    </message>
    <message>
        <location filename="../../core/pricing.py" line="96"/>
        <source>a tax rate must be between 0 and 100 %</source>
        <translation>ein Steuersatz muss zwischen 0 und 100 % liegen</translation>
    </message>
</context>
<context>
    <name>core/refund_rules</name>
    <message>
        <location filename="../../core/refund_rules.py" line="27"/>
        <source>cannot refund more units than were sold</source>
        <translation>es können nicht mehr Stück erstattet werden, als verkauft wurden</translation>
    </message>
    <message>
        <location filename="../../core/refund_rules.py" line="45"/>
        <source>choose at least one unit to refund</source>
        <translation>mindestens ein Stück zum Erstatten wählen</translation>
    </message>
    <message>
        <location filename="../../core/refund_rules.py" line="49"/>
        <source>only {left} of {sold} can still be refunded</source>
        <translation>nur noch {left} von {sold} können erstattet werden</translation>
    </message>
    <message>
        <location filename="../../core/refund_rules.py" line="62"/>
        <source>a refund cannot be negative</source>
        <translation>eine Erstattung kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/refund_rules.py" line="65"/>
        <source>a tender cannot have refunded more than it took</source>
        <translation>über eine Zahlungsart kann nicht mehr erstattet worden sein, als sie eingenommen hat</translation>
    </message>
    <message>
        <location filename="../../core/refund_rules.py" line="70"/>
        <source>the refund is more than the sale has left to refund</source>
        <translation>die Erstattung ist höher als das, was von diesem Verkauf noch erstattet werden kann</translation>
    </message>
</context>
<context>
    <name>core/revenue_share</name>
    <message>
        <location filename="../../core/share_terms.py" line="39"/>
        <source>of gross sales</source>
        <translation>vom Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../../core/share_terms.py" line="40"/>
        <source>of net sales</source>
        <translation>vom Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../../core/share_terms.py" line="167"/>
        <source>a share cannot be negative</source>
        <translation>ein Anteil kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/share_terms.py" line="170"/>
        <source>a share cannot be more than 100 % of the sales</source>
        <translation>ein Anteil kann nicht mehr als 100 % des Umsatzes sein</translation>
    </message>
    <message>
        <location filename="../../core/share_terms.py" line="173"/>
        <source>a fee per event cannot be negative</source>
        <translation>eine Gebühr pro Event kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/share_terms.py" line="175"/>
        <source>a minimum guarantee cannot be negative</source>
        <translation>eine Mindestgarantie kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../core/share_terms.py" line="178"/>
        <source>the agreement ends ({end}) before it starts ({start})</source>
        <translation>die Vereinbarung endet ({end}), bevor sie beginnt ({start})</translation>
    </message>
    <message>
        <location filename="../../core/share_terms.py" line="183"/>
        <source>choose the category the agreement covers</source>
        <translation>wählen Sie die Kategorie, für die die Vereinbarung gilt</translation>
    </message>
    <message>
        <location filename="../../core/share_terms.py" line="185"/>
        <source>choose the event the agreement covers</source>
        <translation>wählen Sie das Event, für das die Vereinbarung gilt</translation>
    </message>
    <message>
        <location filename="../../core/share_terms.py" line="188"/>
        <source>the agreement gives the partner nothing: set a share, a fee or a guarantee</source>
        <translation>die Vereinbarung gibt dem Partner nichts: legen Sie einen Anteil, eine Gebühr oder eine Garantie fest</translation>
    </message>
</context>
<context>
    <name>documents/metrics_csv</name>
    <message>
        <location filename="../../documents/metrics_csv.py" line="85"/>
        <source>purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="87"/>
        <source>live seconds</source>
        <translation>Live-Sekunden</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="89"/>
        <source>purchases per live minute</source>
        <translation>Käufe pro Live-Minute</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="90"/>
        <source>{n} live sessions</source>
        <translation>{n} Live-Sessions</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="95"/>
        <source>repeat buyers</source>
        <translation>Wiederkäufer</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="97"/>
        <source>buyers whose first purchase is {days}+ days old</source>
        <translation>Käufer, deren erster Kauf mindestens {days} Tage zurückliegt</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="101"/>
        <source>share of buyers</source>
        <translation>Anteil der Käufer</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="102"/>
        <source>{buyers} buyers; {too_recent} too recent to tell, {returned} of them back already</source>
        <translation>{buyers} Käufer; {too_recent} noch zu neu für eine Aussage, davon {returned} schon wieder da</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="110"/>
        <source>sessions attended</source>
        <translation>besuchte Sessions</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="112"/>
        <source>passes</source>
        <translation>Mitgliedskarten</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="114"/>
        <source>sessions per pass</source>
        <translation>Sessions pro Mitgliedskarte</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="120"/>
        <source>{currency} minor units</source>
        <translation>{currency} in kleinster Einheit</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="122"/>
        <source>events held</source>
        <translation>abgehaltene Events</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="124"/>
        <source>{currency} per event</source>
        <translation>{currency} pro Event</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="125"/>
        <source>merch {merch}, tips {tips}, passes {passes}; refunds taken off {refunded}</source>
        <translation>Waren {merch}, Trinkgeld {tips}, Mitgliedskarten {passes}; abgezogene Erstattungen {refunded}</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="199"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="207"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="212"/>
        <source>Voids</source>
        <translation>Stornos</translation>
    </message>
    <message>
        <location filename="../../documents/metrics_csv.py" line="213"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>documents/pass_card_pdf</name>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="56"/>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="57"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="58"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="59"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="60"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="61"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="62"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="63"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="64"/>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="65"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="66"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="67"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="92"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="139"/>
        <source>MEMBER PASS</source>
        <translation>MITGLIEDSKARTE</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="154"/>
        <source>MEMBER</source>
        <translation>MITGLIED</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="157"/>
        <source>VALID</source>
        <translation>GÜLTIG</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="165"/>
        <source>from {day}</source>
        <translation>ab {day}</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="166"/>
        <source>until {day}</source>
        <translation>bis {day}</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="179"/>
        <source>Show this code at the stall · {ref}</source>
        <translation>Diesen Code am Stand zeigen · {ref}</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="238"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="239"/>
        <source>Transfers</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="307"/>
        <source>Member pass cards · cut along the marks · page {page} of {pages}</source>
        <translation>Mitgliedskarten · an den Markierungen ausschneiden · Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="332"/>
        <source>{tier} pass — {holder} — {shop}</source>
        <translation>Mitgliedskarte {tier} — {holder} — {shop}</translation>
    </message>
    <message>
        <location filename="../../documents/pass_card_pdf.py" line="337"/>
        <source>{n} member pass cards — {shop}</source>
        <translation>{n} Mitgliedskarten — {shop}</translation>
    </message>
</context>
<context>
    <name>documents/receipt_text</name>
    <message>
        <location filename="../../documents/receipt_text.py" line="30"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="31"/>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="32"/>
        <source>Served by</source>
        <translation>Es bediente Sie</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="33"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="34"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="35"/>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="36"/>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="37"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="38"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="39"/>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="40"/>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="41"/>
        <source>incl. tax</source>
        <translation>inkl. MwSt.</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="42"/>
        <source>Tip</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="43"/>
        <source>Grand total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="44"/>
        <source>Tendered</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="45"/>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="46"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="47"/>
        <source>Tax rate</source>
        <translation>MwSt.-Satz</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="48"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="49"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="50"/>
        <source>Sale ID</source>
        <translation>Beleg-ID</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="51"/>
        <source>Your member pass: show this code at the door</source>
        <translation>Ihre Mitgliedskarte: diesen Code am Eingang zeigen</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="54"/>
        <source>This receipt online</source>
        <translation>Dieser Beleg online</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="70"/>
        <location filename="../../services/receipts.py" line="115"/>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="71"/>
        <location filename="../../services/receipts.py" line="202"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="72"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="73"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../documents/receipt_text.py" line="74"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>documents/statement_data</name>
    <message>
        <location filename="../../documents/statement_data.py" line="119"/>
        <location filename="../../documents/statement_data.py" line="123"/>
        <source>{debtor} owes {creditor} {amount}.</source>
        <translation>{debtor} schuldet {creditor} {amount}.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_data.py" line="126"/>
        <source>Nothing is owed either way for this period.</source>
        <translation>Für diesen Zeitraum schuldet keine Seite der anderen etwas.</translation>
    </message>
</context>
<context>
    <name>documents/statement_pdf</name>
    <message>
        <location filename="../../documents/statement_pdf.py" line="68"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="70"/>
        <source>Statement {number}</source>
        <translation>Abrechnung {number}</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="75"/>
        <source>Revenue share, {shop} and {partner}, {period}</source>
        <translation>Umsatzbeteiligung, {shop} und {partner}, {period}</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="96"/>
        <source>Sales and refunds</source>
        <translation>Verkäufe und Erstattungen</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="98"/>
        <source>No sale or refund in this period falls under these agreements.</source>
        <translation>In diesem Zeitraum fällt kein Verkauf und keine Erstattung unter diese Vereinbarungen.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="110"/>
        <source>Every sale and refund ({n} lines)</source>
        <translation>Alle Verkäufe und Erstattungen ({n} Zeilen)</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="124"/>
        <source>Appendix: every sale and refund ({n} lines)</source>
        <translation>Anhang: alle Verkäufe und Erstattungen ({n} Zeilen)</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="145"/>
        <source>Statement for</source>
        <translation>Abrechnung für</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="154"/>
        <source>Preview, not issued</source>
        <translation>Vorschau, nicht ausgestellt</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="156"/>
        <source>Revenue-share statement</source>
        <translation>Umsatzbeteiligung – Abrechnung</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="159"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="160"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="162"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="165"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="168"/>
        <source>Corrects</source>
        <translation>Berichtigt</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="175"/>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="176"/>
        <location filename="../../documents/statement_pdf.py" line="271"/>
        <location filename="../../documents/statement_pdf.py" line="398"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="177"/>
        <location filename="../../documents/statement_pdf.py" line="272"/>
        <location filename="../../documents/statement_pdf.py" line="399"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="178"/>
        <location filename="../../documents/statement_pdf.py" line="335"/>
        <source>Amount owed</source>
        <translation>Geschuldeter Betrag</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="222"/>
        <source>This statement corrects {number} and replaces it. That statement said {before}; the amount owed is now {now}, unchanged.</source>
        <translation>Diese Abrechnung berichtigt {number} und ersetzt sie. Dort stand: {before}; geschuldet sind jetzt {now}, unverändert.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="228"/>
        <source>This statement corrects {number} and replaces it. That statement said {before}; the amount owed is now {now}, {difference} more to {partner}.</source>
        <translation>Diese Abrechnung berichtigt {number} und ersetzt sie. Dort stand: {before}; geschuldet sind jetzt {now}, {difference} mehr an {partner}.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="234"/>
        <source>This statement corrects {number} and replaces it. That statement said {before}; the amount owed is now {now}, {difference} less to {partner}.</source>
        <translation>Diese Abrechnung berichtigt {number} und ersetzt sie. Dort stand: {before}; geschuldet sind jetzt {now}, {difference} weniger an {partner}.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="250"/>
        <location filename="../../documents/statement_pdf.py" line="254"/>
        <source>{amount} owed to {name}</source>
        <translation>{amount} geschuldet an {name}</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="257"/>
        <source>nothing owed</source>
        <translation>nichts geschuldet</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="267"/>
        <location filename="../../documents/statement_pdf.py" line="304"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="268"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="269"/>
        <location filename="../../documents/statement_pdf.py" line="397"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="270"/>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="288"/>
        <location filename="../../documents/statement_pdf.py" line="325"/>
        <location filename="../../documents/statement_pdf.py" line="415"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="298"/>
        <source>Sales covered</source>
        <translation>Erfasste Verkäufe</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="305"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="306"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="307"/>
        <source>Fees</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="308"/>
        <source>Guarantee top-up</source>
        <translation>Aufstockung</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="309"/>
        <source>Owed</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="340"/>
        <source>The agreements</source>
        <translation>Die Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="348"/>
        <source>none in this period</source>
        <translation>keine in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="350"/>
        <source>Events counted: {events}.</source>
        <translation>Gezählte Veranstaltungen: {events}.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="354"/>
        <source>This period&apos;s part of the minimum guarantee: {amount}.</source>
        <translation>Anteil dieses Zeitraums an der Mindestgarantie: {amount}.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="362"/>
        <source>Share = base × rate, rounded to the nearest cent (halves away from zero), once per agreement. Gross: what customers paid for the lines, tax included, before refunds. Net: after tax and refunds. Tips are not shared.</source>
        <translation>Anteil = Basis × Satz, auf den Cent gerundet (Hälften von null weg), einmal je Vereinbarung. Brutto: was Kundinnen und Kunden für die Zeilen bezahlt haben, inkl. MwSt., vor Erstattungen. Netto: nach MwSt. und Erstattungen. Trinkgeld wird nicht geteilt.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="394"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="395"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="396"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="428"/>
        <source>By day and category</source>
        <translation>Nach Tag und Kategorie</translation>
    </message>
    <message>
        <location filename="../../documents/statement_pdf.py" line="431"/>
        <source>{lines} lines ({sold} sold, {refunded} refunded), summed by day; every line is in the appendix.</source>
        <translation>{lines} Zeilen ({sold} verkauft, {refunded} erstattet), nach Tag summiert; jede Zeile steht im Anhang.</translation>
    </message>
</context>
<context>
    <name>documents/statement_rows</name>
    <message>
        <location filename="../../documents/statement_rows.py" line="157"/>
        <source>When</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../documents/statement_rows.py" line="158"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../../documents/statement_rows.py" line="159"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../documents/statement_rows.py" line="160"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../documents/statement_rows.py" line="161"/>
        <source>Agr.</source>
        <translation>Vereinb.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_rows.py" line="162"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../../documents/statement_rows.py" line="163"/>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../documents/statement_rows.py" line="164"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>documents/styles</name>
    <message>
        <location filename="../../documents/styles.py" line="364"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>documents/z_report_pdf</name>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="63"/>
        <source>Z report — shift {shift} — {shop}</source>
        <translation>Z-Bericht — Schicht {shift} — {shop}</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="66"/>
        <source>{device}, shift {shift}</source>
        <translation>{device}, Schicht {shift}</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="69"/>
        <source>{shop} · Z report · shift {shift} · {device}</source>
        <translation>{shop} · Z-Bericht · Schicht {shift} · {device}</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="89"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="120"/>
        <source>&lt;b&gt;Z report&lt;/b&gt; — shift {shift}</source>
        <translation>&lt;b&gt;Z-Bericht&lt;/b&gt; — Schicht {shift}</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="126"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="128"/>
        <source>Opened</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="129"/>
        <location filename="../../documents/z_report_pdf.py" line="135"/>
        <source>{when} by {host}</source>
        <translation>{when} von {host}</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="134"/>
        <source>Closed</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="139"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="148"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="151"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="156"/>
        <source>Short</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="158"/>
        <source>Over</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="159"/>
        <source>Balanced</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="166"/>
        <location filename="../../documents/z_report_pdf.py" line="264"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="167"/>
        <location filename="../../documents/z_report_pdf.py" line="254"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="168"/>
        <location filename="../../documents/z_report_pdf.py" line="255"/>
        <source>Items sold</source>
        <translation>Verkaufte Artikel</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="169"/>
        <location filename="../../documents/z_report_pdf.py" line="317"/>
        <source>Cash drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="256"/>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="257"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="259"/>
        <source>Refunds ({count})</source>
        <translation>Erstattungen ({count})</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="265"/>
        <location filename="../../documents/z_report_pdf.py" line="366"/>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="266"/>
        <source>Tips</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="268"/>
        <source>Voided sales ({count})</source>
        <translation>Stornierte Verkäufe ({count})</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="281"/>
        <source>Sales summary</source>
        <translation>Umsatzübersicht</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="292"/>
        <source>Opening float</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="293"/>
        <source>+ Cash sales</source>
        <translation>+ Barverkäufe</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="294"/>
        <source>− Cash refunds</source>
        <translation>− Barerstattungen</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="296"/>
        <source>= Expected in drawer</source>
        <translation>= Soll-Bestand</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="299"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="301"/>
        <source>Difference: {verdict}</source>
        <translation>Differenz: {verdict}</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="329"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="330"/>
        <location filename="../../documents/z_report_pdf.py" line="349"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="331"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="342"/>
        <location filename="../../documents/z_report_pdf.py" line="373"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="364"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="365"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="367"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="376"/>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="384"/>
        <source>Counted and closed by {host}</source>
        <translation>Gezählt und abgeschlossen von {host}</translation>
    </message>
    <message>
        <location filename="../../documents/z_report_pdf.py" line="391"/>
        <source>Checked by (name and signature)</source>
        <translation>Geprüft von (Name und Unterschrift)</translation>
    </message>
</context>
<context>
    <name>drops/drop_card</name>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="57"/>
        <source> · ended early at {ended:%H:%M}</source>
        <translation> · vorzeitig beendet um {ended:%H:%M}</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="62"/>
        <source> on {day}</source>
        <translation> am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="73"/>
        <source>a tier no longer here</source>
        <translation>eine Stufe, die es nicht mehr gibt</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="76"/>
        <source>every member tier</source>
        <translation>jede Mitgliedsstufe</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="78"/>
        <source>Members first: {who} from {start:%H:%M} ({members_first_minutes} early)</source>
        <translation>Mitglieder zuerst: {who} ab {start:%H:%M} ({members_first_minutes} früher)</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="85"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="90"/>
        <source>{value} days</source>
        <translation>{value} Tage</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="98"/>
        <location filename="../../ui/drops/drop_card.py" line="213"/>
        <source>{sold} of {edition_size} sold</source>
        <translation>{sold} von {edition_size} verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="109"/>
        <source>limit {per_customer_limit} each</source>
        <translation>höchstens {per_customer_limit} pro Person</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="115"/>
        <source>alert at {low_stock_threshold} left</source>
        <translation>Hinweis bei {low_stock_threshold} übrig</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="190"/>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="221"/>
        <source>{sold} sold · {price} each</source>
        <translation>{sold} verkauft · je {price}</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="235"/>
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="238"/>
        <source>Waitlist ({waiting})</source>
        <translation>Warteliste ({waiting})</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="241"/>
        <source>Who asked to hear when more come</source>
        <translation>Wer benachrichtigt werden möchte, wenn mehr kommen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="244"/>
        <source>End now</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_card.py" line="245"/>
        <source>Stop selling now (manager PIN)</source>
        <translation>Verkauf jetzt stoppen (PIN der Leitung)</translation>
    </message>
</context>
<context>
    <name>drops/drop_dialog</name>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="55"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="79"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="81"/>
        <source>New drop</source>
        <translation>Neuer Drop</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="105"/>
        <source>Save drop</source>
        <translation>Drop speichern</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="107"/>
        <source>Create drop</source>
        <translation>Drop anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="146"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="149"/>
        <source>Sunrise print — edition of 30</source>
        <translation>Sonnenaufgang-Druck – Auflage 30</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="152"/>
        <source>Drop name</source>
        <translation>Name des Drops</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="161"/>
        <location filename="../../ui/drops/drop_dialog.py" line="176"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="163"/>
        <source> units</source>
        <translation> Stück</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="165"/>
        <location filename="../../ui/drops/drop_dialog.py" line="177"/>
        <source>Edition size</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="166"/>
        <source> each</source>
        <translation> pro Person</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="167"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="168"/>
        <source>Limit per customer</source>
        <translation>Höchstmenge pro Person</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="170"/>
        <source> left</source>
        <translation> übrig</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="172"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="173"/>
        <source>Low-stock alert</source>
        <translation>Hinweis bei wenig Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="178"/>
        <source>Per customer</source>
        <translation>Pro Person</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="179"/>
        <source>Alert me at</source>
        <translation>Hinweis bei</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="191"/>
        <source>What&apos;s in it</source>
        <translation>Was drin ist</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="197"/>
        <source>What a buyer gets</source>
        <translation>Was Käufer bekommen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="199"/>
        <source>One A3 giclée print, signed and numbered, in a flat mailer.</source>
        <translation>Ein A3-Giclée-Druck, signiert und nummeriert, im flachen Versandkarton.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="215"/>
        <source>Use the product&apos;s</source>
        <translation>Das des Produkts verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="217"/>
        <source>Choose a picture…</source>
        <translation>Bild wählen …</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="233"/>
        <source>Opens to everyone</source>
        <translation>Öffnet für alle</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="235"/>
        <source>Opens to all</source>
        <translation>Öffnet für alle</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="237"/>
        <source>Closes</source>
        <translation>Schließt</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="246"/>
        <source>Members first</source>
        <translation>Mitglieder zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="249"/>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="251"/>
        <source>No early window</source>
        <translation>Kein früher Zugang</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="253"/>
        <source>Members-first minutes before the public start</source>
        <translation>Minuten Vorsprung für Mitglieder vor dem öffentlichen Start</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="260"/>
        <source>Tiers that may buy first</source>
        <translation>Stufen, die zuerst kaufen dürfen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="264"/>
        <location filename="../../ui/drops/drop_dialog.py" line="269"/>
        <source>Story hook</source>
        <translation>Aufhänger</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="266"/>
        <source>Thirty signed prints of the sunrise that started it all…</source>
        <translation>Dreißig signierte Drucke des Sonnenaufgangs, mit dem alles begann …</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="299"/>
        <source>{sold} sold already: what is in it stays as it is.</source>
        <translation>{sold} schon verkauft: Der Inhalt bleibt, wie er ist.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="317"/>
        <source>Choose the drop&apos;s picture</source>
        <translation>Bild des Drops wählen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="326"/>
        <source>the first product&apos;s</source>
        <translation>das des ersten Produkts</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="328"/>
        <source>Picture: {name}</source>
        <translation>Bild: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="378"/>
        <source>the ticked tiers</source>
        <translation>den angekreuzten Stufen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="380"/>
        <source>every member tier</source>
        <translation>jede Mitgliedsstufe</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="383"/>
        <source>Members of {who} may buy from {opens}.</source>
        <translation>Mitglieder von {who} dürfen ab {opens} kaufen.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_dialog.py" line="389"/>
        <source>Everyone may buy from the same moment.</source>
        <translation>Alle dürfen ab demselben Zeitpunkt kaufen.</translation>
    </message>
</context>
<context>
    <name>drops/drop_fields</name>
    <message>
        <location filename="../../ui/drops/drop_fields.py" line="39"/>
        <source>{accessible}, day</source>
        <translation>{accessible}, Tag</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_fields.py" line="43"/>
        <source>{accessible}, time</source>
        <translation>{accessible}, Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_fields.py" line="81"/>
        <source>{words} / {limit} words</source>
        <translation>{words} / {limit} Wörter</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_fields.py" line="108"/>
        <source>Give the drop a name.</source>
        <translation>Geben Sie dem Drop einen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_fields.py" line="110"/>
        <source>Enter the price, e.g. 45.00.</source>
        <translation>Geben Sie den Preis ein, z. B. 45,00.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_fields.py" line="112"/>
        <source>Choose at least one product for the drop.</source>
        <translation>Wählen Sie mindestens ein Produkt für den Drop.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_fields.py" line="118"/>
        <source>The drop must end after it starts.</source>
        <translation>Der Drop muss nach seinem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>drops/drop_parts</name>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="52"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="54"/>
        <source>sold out</source>
        <translation>ausverkauft</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="56"/>
        <source>{stock} in stock</source>
        <translation>{stock} auf Lager</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="97"/>
        <source> per unit</source>
        <translation> pro Stück</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="99"/>
        <source>How many {name} in one unit</source>
        <translation>Wie viele {name} in einem Stück</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="106"/>
        <source>Take {name} out of the drop</source>
        <translation>{name} aus dem Drop nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="109"/>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="129"/>
        <source>Find a product to add…</source>
        <translation>Produkt zum Hinzufügen suchen …</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="130"/>
        <source>Find a product for the drop</source>
        <translation>Ein Produkt für den Drop suchen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="137"/>
        <source>Products found</source>
        <translation>Gefundene Produkte</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="149"/>
        <source>Nothing in the drop yet: find a product above.</source>
        <translation>Noch nichts im Drop: Suchen Sie oben ein Produkt.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="189"/>
        <source>No product matches.</source>
        <translation>Kein Produkt passt.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="281"/>
        <source>A bundle: each unit sells all of these together.</source>
        <translation>Ein Paket: Jedes Stück verkauft all diese zusammen.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="284"/>
        <source> The parts&apos; tax rates differ; the drop is taxed at the first&apos;s ({first}).</source>
        <translation> Die Steuersätze der Teile unterscheiden sich; der Drop wird mit dem des ersten besteuert ({first}).</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="291"/>
        <source> The parts&apos; stock makes {allow} unit now.</source>
        <translation> Der Bestand der Teile reicht jetzt für {allow} Stück.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drop_parts.py" line="295"/>
        <source> The parts&apos; stock makes {allow} units now.</source>
        <translation> Der Bestand der Teile reicht jetzt für {allow} Stück.</translation>
    </message>
</context>
<context>
    <name>drops/drops_screen</name>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="49"/>
        <source>On sale now</source>
        <translation>Jetzt im Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="52"/>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="53"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="102"/>
        <source>Drops</source>
        <translation>Drops</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="112"/>
        <source>New drop</source>
        <translation>Neuer Drop</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="196"/>
        <source>{on_sale} on sale now · {drops} in all</source>
        <translation>{on_sale} jetzt im Verkauf · {drops} insgesamt</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="210"/>
        <source>No drops yet</source>
        <translation>Noch keine Drops</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="214"/>
        <source>A drop is a small, limited run: a signed print, a restock members see first, a journal with a 1:1 seat. Set the edition size, when it opens, who may buy first, and the sell screen counts down what is truly left.</source>
        <translation>Ein Drop ist eine kleine, limitierte Auflage: ein signierter Druck, eine Nachlieferung, die Mitglieder zuerst sehen, ein Journal mit einem 1:1-Platz. Legen Sie Auflage, Beginn und Vorkaufsrecht fest, und der Verkaufsbildschirm zählt herunter, was wirklich übrig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="256"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="268"/>
        <source> The {remaining} left stay unsold.</source>
        <translation> Die {remaining} übrigen bleiben unverkauft.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="276"/>
        <source>End {name} now</source>
        <translation>{name} jetzt beenden</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="277"/>
        <source>Selling stops at once, on this stall.{left} This cannot be undone.</source>
        <translation>Der Verkauf endet sofort an diesem Stand.{left} Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/drops_screen.py" line="301"/>
        <source>{name} has ended; nothing more sells from it.</source>
        <translation>{name} ist beendet; davon wird nichts mehr verkauft.</translation>
    </message>
</context>
<context>
    <name>drops/waitlist_dialog</name>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="68"/>
        <source>{drop_name} is sold out</source>
        <translation>{drop_name} ist ausverkauft</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="72"/>
        <source>Waitlist for {drop_name}</source>
        <translation>Warteliste für {drop_name}</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="76"/>
        <source>Join the waitlist</source>
        <translation>Auf die Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="86"/>
        <source>Put them on the waitlist: if more come, or a unit comes back, the shop lets them know.</source>
        <translation>Auf die Warteliste setzen: Wenn mehr kommen oder ein Stück zurückkommt, meldet sich der Shop.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="99"/>
        <source>Their name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="100"/>
        <source>Zoë Brennan</source>
        <translation>Lena Brandt</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="104"/>
        <location filename="../../ui/drops/waitlist_dialog.py" line="113"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="105"/>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="109"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="111"/>
        <location filename="../../ui/drops/waitlist_dialog.py" line="252"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="114"/>
        <source>or phone</source>
        <translation>oder Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="128"/>
        <location filename="../../ui/drops/waitlist_dialog.py" line="180"/>
        <source>the shop</source>
        <translation>der Shop</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="135"/>
        <source>They have read this and agree</source>
        <translation>Gelesen und einverstanden</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="138"/>
        <source>Consent: {consent_words}</source>
        <translation>Einwilligung: {consent_words}</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="150"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="153"/>
        <source>Add to the waitlist</source>
        <translation>Auf die Warteliste setzen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="199"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="232"/>
        <location filename="../../ui/drops/waitlist_dialog.py" line="242"/>
        <source>Waitlist · {drop_name}</source>
        <translation>Warteliste · {drop_name}</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="247"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="253"/>
        <source>How to reach them</source>
        <translation>Erreichbar über</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="254"/>
        <source>Joined</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="272"/>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="277"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="304"/>
        <source>Nobody is waiting yet.</source>
        <translation>Noch wartet niemand.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="306"/>
        <source>{n} person is waiting, with their consent to be contacted about this drop.</source>
        <translation>{n} Person wartet, mit Einwilligung, zu diesem Drop kontaktiert zu werden.</translation>
    </message>
    <message>
        <location filename="../../ui/drops/waitlist_dialog.py" line="311"/>
        <source>{n} people are waiting, each with their consent to be contacted about this drop.</source>
        <translation>{n} Personen warten, jeweils mit Einwilligung, zu diesem Drop kontaktiert zu werden.</translation>
    </message>
</context>
<context>
    <name>first_run/frame</name>
    <message>
        <location filename="../../ui/first_run/frame.py" line="54"/>
        <source>Set up PopupPOS</source>
        <translation>PopupPOS einrichten</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/frame.py" line="64"/>
        <source>Setup progress</source>
        <translation>Fortschritt der Einrichtung</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/frame.py" line="73"/>
        <source>All set</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/frame.py" line="77"/>
        <source>Step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/frame.py" line="98"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/frame.py" line="104"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/frame.py" line="108"/>
        <source>Keep the usual choice; change it later in Settings</source>
        <translation>Die übliche Wahl behalten; später in den Einstellungen ändern</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/frame.py" line="112"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>first_run/hub_step</name>
    <message>
        <location filename="../../ui/first_run/hub_step.py" line="48"/>
        <source>Connect to your shop hub?</source>
        <translation>Mit dem Shop-Hub verbinden?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/hub_step.py" line="49"/>
        <source>Only if your shop runs PopupPOS on more than one stall, or with an online shop. Ask the owner for a pairing code, then scan its QR code or type it here.</source>
        <translation>Nur wenn Ihr Shop PopupPOS an mehr als einem Stand oder mit einem Onlineshop nutzt. Fragen Sie die Inhaberin nach einem Kopplungscode, scannen Sie dann den QR-Code oder tippen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/hub_step.py" line="62"/>
        <location filename="../../ui/first_run/hub_step.py" line="64"/>
        <source>This stall&apos;s name</source>
        <translation>Name dieses Stands</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/hub_step.py" line="69"/>
        <location filename="../../ui/first_run/hub_step.py" line="72"/>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/hub_step.py" line="74"/>
        <location filename="../../ui/first_run/hub_step.py" line="77"/>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/hub_step.py" line="80"/>
        <location filename="../../ui/first_run/hub_step.py" line="139"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/hub_step.py" line="120"/>
        <source>Connecting to {url}…</source>
        <translation>Verbinde mit {url} …</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/hub_step.py" line="137"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/hub_step.py" line="157"/>
        <source>Pair again</source>
        <translation>Neu koppeln</translation>
    </message>
</context>
<context>
    <name>first_run/pages</name>
    <message>
        <location filename="../../ui/first_run/pages.py" line="111"/>
        <source>Welcome to PopupPOS</source>
        <translation>Willkommen bei PopupPOS</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="116"/>
        <source>Let&apos;s get your stall ready to sell. A few questions, about two minutes; you can change every answer later in Settings.</source>
        <translation>Machen wir Ihren Stand verkaufsbereit. Ein paar Fragen, etwa zwei Minuten; jede Antwort lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="129"/>
        <location filename="../../ui/first_run/pages.py" line="131"/>
        <source>Set up my shop</source>
        <translation>Meinen Shop einrichten</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="134"/>
        <location filename="../../ui/first_run/pages.py" line="136"/>
        <location filename="../../ui/first_run/pages.py" line="168"/>
        <source>Start with the demo shop</source>
        <translation>Mit dem Demo-Shop beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="141"/>
        <source>The demo is Slow Mornings Studio, a breathwork pop-up with merch, members, passes, sessions and a drop, to try everything out. Its manager PIN is {demo_manager_pin}.</source>
        <translation>Der Demo-Shop ist Slow Mornings Studio, ein Atemarbeit-Pop-up mit Merch, Mitgliedern, Ausweisen, Terminen und einem Drop, um alles auszuprobieren. Die PIN der Leitung ist {demo_manager_pin}.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="166"/>
        <source>Setting up the demo shop…</source>
        <translation>Demo-Shop wird eingerichtet …</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="179"/>
        <source>What is your shop called?</source>
        <translation>Wie heißt Ihr Shop?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="180"/>
        <source>It goes at the top of every receipt and of the sell screen.</source>
        <translation>Er steht oben auf jedem Bon und auf dem Verkaufsbildschirm.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="185"/>
        <source>e.g. Kiln &amp; Thread</source>
        <translation>z. B. Ton &amp; Faden</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="186"/>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="208"/>
        <source>Which currency do you sell in?</source>
        <translation>In welcher Währung verkaufen Sie?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="214"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="219"/>
        <source>Language and region</source>
        <translation>Sprache und Region</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="226"/>
        <source>A price will look like this</source>
        <translation>So sieht ein Preis aus</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="229"/>
        <source>How a price will look</source>
        <translation>Wie ein Preis aussieht</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="253"/>
        <source>Do your prices include tax?</source>
        <translation>Enthalten Ihre Preise die Steuer?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="261"/>
        <source>Yes, prices include tax</source>
        <translation>Ja, Preise inklusive Steuer</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="262"/>
        <source>The price on the tag is what the customer pays; the receipt shows the tax inside it (VAT in Europe, GST in Australia and New Zealand).</source>
        <translation>Der Preis auf dem Etikett ist, was die Kundschaft zahlt; der Bon weist die enthaltene Steuer aus (MwSt. in Europa, GST in Australien und Neuseeland).</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="271"/>
        <source>No, tax is added at the till</source>
        <translation>Nein, die Steuer kommt an der Kasse hinzu</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="293"/>
        <source>What is your usual tax rate?</source>
        <translation>Wie hoch ist Ihr üblicher Steuersatz?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="294"/>
        <source>New products start with it; each product can have its own rate, like a reduced rate for food or books.</source>
        <translation>Neue Produkte beginnen damit; jedes Produkt kann einen eigenen Satz haben, etwa einen ermäßigten für Lebensmittel oder Bücher.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="325"/>
        <source>Choose a manager PIN</source>
        <translation>PIN der Leitung wählen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="326"/>
        <source>Refunds, voids after payment, ending a drop early and leaving kiosk mode ask for it. 4 to 12 digits; keep it to yourself.</source>
        <translation>Rückerstattungen, Stornos nach dem Bezahlen, das vorzeitige Beenden eines Drops und das Verlassen des Kioskmodus fragen danach. 4 bis 12 Ziffern; behalten Sie sie für sich.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="333"/>
        <location filename="../../ui/first_run/pages.py" line="334"/>
        <location filename="../../ui/first_run/pages.py" line="412"/>
        <source>Manager PIN</source>
        <translation>PIN der Leitung</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="336"/>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="338"/>
        <source>Manager PIN again</source>
        <translation>PIN der Leitung wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="339"/>
        <source>to be sure</source>
        <translation>zur Sicherheit</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="358"/>
        <source>Set up a receipt printer?</source>
        <translation>Einen Bondrucker einrichten?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="359"/>
        <source>A thermal receipt printer, on USB or the network. Without one, receipts are saved as PDF or printed on any printer, and you can add one later in Settings.</source>
        <translation>Ein Thermo-Bondrucker, über USB oder das Netzwerk. Ohne ihn werden Bons als PDF gespeichert oder auf einem beliebigen Drucker gedruckt; Sie können ihn später in den Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="368"/>
        <source>Set up a printer…</source>
        <translation>Drucker einrichten …</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="370"/>
        <source>Set up a printer</source>
        <translation>Drucker einrichten</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="381"/>
        <source>When the printer is set up, press Next.</source>
        <translation>Wenn der Drucker eingerichtet ist, auf Weiter drücken.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="391"/>
        <source>You&apos;re ready to sell</source>
        <translation>Sie können verkaufen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="392"/>
        <source>Here is what you chose. Go back to change anything, or change it any time later in Settings.</source>
        <translation>Das haben Sie gewählt. Gehen Sie zurück, um etwas zu ändern, oder ändern Sie es jederzeit später in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="408"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="409"/>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="410"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="411"/>
        <source>Usual tax rate</source>
        <translation>Üblicher Steuersatz</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="413"/>
        <source>Shop hub</source>
        <translation>Shop-Hub</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="414"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="444"/>
        <source> (included in prices)</source>
        <translation> (in den Preisen enthalten)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/pages.py" line="446"/>
        <source> (added at the till)</source>
        <translation> (an der Kasse aufgeschlagen)</translation>
    </message>
</context>
<context>
    <name>first_run/wizard</name>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="84"/>
        <source>Set up PopupPOS</source>
        <translation>PopupPOS einrichten</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="101"/>
        <source>Stall 1</source>
        <translation>Stand 1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="197"/>
        <location filename="../../ui/first_run/wizard.py" line="351"/>
        <source>Open the shop</source>
        <translation>Shop öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="199"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="259"/>
        <source>{shop_name} · this stall is “{device_name}”</source>
        <translation>{shop_name} · dieser Stand heißt „{device_name}“</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="264"/>
        <source>Include tax</source>
        <translation>Inklusive Steuer</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="266"/>
        <source>Tax is added at the till</source>
        <translation>Steuer kommt an der Kasse hinzu</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="268"/>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="270"/>
        <source>Not set yet: set one in Settings before your first refund</source>
        <translation>Noch nicht festgelegt: vor der ersten Rückerstattung in den Einstellungen festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="276"/>
        <source>Paired with {shop_name}</source>
        <translation>Gekoppelt mit {shop_name}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="280"/>
        <source>Not connected: this stall works on its own</source>
        <translation>Nicht verbunden: Dieser Stand arbeitet eigenständig</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="284"/>
        <source>Set up</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="286"/>
        <source>None yet: receipts as PDF</source>
        <translation>Noch keiner: Bons als PDF</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="297"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="339"/>
        <source>Nothing was saved: {exc}</source>
        <translation>Nichts wurde gespeichert: {exc}</translation>
    </message>
</context>
<context>
    <name>hub</name>
    <message>
        <location filename="../../hub/app.py" line="247"/>
        <source>The hub hit an unexpected problem (it is in the hub&apos;s log); try again.</source>
        <translation>Der Hub hatte ein unerwartetes Problem (es steht im Protokoll des Hubs); bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../hub/auth.py" line="73"/>
        <source>Send the shop&apos;s credential as &apos;Authorization: Bearer &lt;token&gt;&apos;.</source>
        <translation>Senden Sie den Zugang des Shops als „Authorization: Bearer &lt;token&gt;“.</translation>
    </message>
    <message>
        <location filename="../../hub/auth.py" line="81"/>
        <source>The Authorization header must be &apos;Bearer &lt;token&gt;&apos;.</source>
        <translation>Der Authorization-Header muss „Bearer &lt;token&gt;“ lauten.</translation>
    </message>
    <message>
        <location filename="../../hub/auth.py" line="99"/>
        <location filename="../../hub/events.py" line="187"/>
        <source>This device was retired by the shop owner.</source>
        <translation>Dieses Gerät wurde von der Inhaberin stillgelegt.</translation>
    </message>
    <message>
        <location filename="../../hub/auth.py" line="103"/>
        <source>This token is not known to this hub; pair the device again.</source>
        <translation>Dieser Zugang ist dem Hub nicht bekannt; koppeln Sie das Gerät neu.</translation>
    </message>
    <message>
        <location filename="../../hub/auth.py" line="117"/>
        <source>Push and pull need a device&apos;s token; this is the shop owner&apos;s token.</source>
        <translation>Senden und Abrufen brauchen den Zugang eines Geräts; dies ist der Zugang der Inhaberin.</translation>
    </message>
    <message>
        <location filename="../../hub/events.py" line="56"/>
        <source>This shop does not exist on this hub.</source>
        <translation>Diesen Shop gibt es auf diesem Hub nicht.</translation>
    </message>
    <message>
        <location filename="../../hub/events.py" line="106"/>
        <source>This cursor was not issued by this hub; pull again from the start.</source>
        <translation>Diese Position stammt nicht von diesem Hub; rufen Sie alles noch einmal von Anfang an ab.</translation>
    </message>
    <message>
        <location filename="../../hub/events.py" line="144"/>
        <source>The payload holds text that is not valid Unicode (a lone surrogate).</source>
        <translation>Die Daten enthalten Text, der kein gültiges Unicode ist (ein einzelnes Surrogat).</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="102"/>
        <source>signing_key_id does not match signing_public_key (its SHA-256, 4 bytes).</source>
        <translation>signing_key_id passt nicht zu signing_public_key (dessen SHA-256, 4 Bytes).</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="115"/>
        <source>This pairing code is not valid.</source>
        <translation>Dieser Kopplungscode ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="128"/>
        <source>This pairing code was already used; ask for a new one.</source>
        <translation>Dieser Kopplungscode wurde schon verwendet; fragen Sie nach einem neuen.</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="162"/>
        <source>Another pairing of this device or its key got in first; pair again.</source>
        <translation>Eine andere Kopplung dieses Geräts oder seines Schlüssels war schneller; koppeln Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="171"/>
        <source>This pairing code is not valid; check it, or ask the owner for a new one.</source>
        <translation>Dieser Kopplungscode ist ungültig; prüfen Sie ihn oder fragen Sie die Inhaberin nach einem neuen.</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="175"/>
        <source>This pairing code was already used; ask the owner for a new one.</source>
        <translation>Dieser Kopplungscode wurde schon verwendet; fragen Sie die Inhaberin nach einem neuen.</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="179"/>
        <source>This pairing code expired (codes last 15 minutes); ask the owner for a new one.</source>
        <translation>Dieser Kopplungscode ist abgelaufen (Codes gelten 15 Minuten); fragen Sie die Inhaberin nach einem neuen.</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="191"/>
        <source>This device was retired by the shop owner; it cannot pair again under its id.</source>
        <translation>Dieses Gerät wurde von der Inhaberin stillgelegt; unter seiner ID kann es nicht neu gekoppelt werden.</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="198"/>
        <source>This device is already paired with this shop.</source>
        <translation>Dieses Gerät ist schon mit diesem Shop gekoppelt.</translation>
    </message>
    <message>
        <location filename="../../hub/pairing.py" line="208"/>
        <source>Another device of this shop already uses this pass-signing key; let the stall make a new key and pair again.</source>
        <translation>Ein anderes Gerät dieses Shops verwendet diesen Schlüssel zum Signieren von Ausweisen schon; lassen Sie den Stand einen neuen Schlüssel erzeugen und koppeln Sie erneut.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="192"/>
        <source>ddd d MMM yyyy</source>
        <comment>a date field with the weekday (QLocale format)</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="193"/>
        <location filename="../../ui/i18n.py" line="213"/>
        <source>d MMM yyyy</source>
        <comment>a short date with the year (QLocale format)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="215"/>
        <source>d MMM</source>
        <comment>a short date without the year (QLocale format)</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>live/board_view</name>
    <message>
        <location filename="../../ui/live/board_view.py" line="64"/>
        <location filename="../../ui/live/board_view.py" line="264"/>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="65"/>
        <location filename="../../ui/live/board_view.py" line="265"/>
        <source>Live minutes</source>
        <translation>Live-Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="67"/>
        <location filename="../../ui/live/board_view.py" line="266"/>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="70"/>
        <source>Revenue while live</source>
        <translation>Umsatz während live</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="103"/>
        <source>● LIVE</source>
        <translation>● LIVE</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="127"/>
        <location filename="../../ui/live/board_view.py" line="237"/>
        <source>End live</source>
        <translation>Live beenden</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="148"/>
        <source>{units} items sold while live</source>
        <translation>{units} Artikel live verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="151"/>
        <location filename="../../ui/live/board_view.py" line="293"/>
        <source>minutes live</source>
        <translation>Minuten live</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="155"/>
        <location filename="../../ui/live/board_view.py" line="296"/>
        <source>purchases / live minute</source>
        <translation>Käufe / Live-Minute</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="158"/>
        <source> + {tips} tips</source>
        <translation> + {tips} Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="160"/>
        <source>, tips apart</source>
        <translation>, ohne Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="164"/>
        <source>sales totals{tips}</source>
        <translation>Verkaufssummen{tips}</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="197"/>
        <source>No drop is on sale now. Purchases from the Sell screen still count.</source>
        <translation>Gerade ist kein Drop im Verkauf. Käufe am Verkaufsbildschirm zählen trotzdem.</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="213"/>
        <source>Started {since} · live for {live_for}</source>
        <translation>Gestartet {since} · live seit {live_for}</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="228"/>
        <source>Tap again to end live</source>
        <translation>Zum Beenden noch einmal tippen</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="274"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="283"/>
        <source>{title} has ended</source>
        <translation>{title} ist beendet</translation>
    </message>
    <message>
        <location filename="../../ui/live/board_view.py" line="287"/>
        <source>Live for {seconds} · {units} items sold · {revenue} in sales</source>
        <translation>Live für {seconds} · {units} Artikel verkauft · {revenue} Umsatz</translation>
    </message>
</context>
<context>
    <name>live/customer_display</name>
    <message>
        <location filename="../../ui/live/customer_display.py" line="95"/>
        <source>PopupPOS · customer display</source>
        <translation>PopupPOS · Kundenanzeige</translation>
    </message>
    <message>
        <location filename="../../ui/live/customer_display.py" line="323"/>
        <source>NEXT DROP</source>
        <translation>NÄCHSTER DROP</translation>
    </message>
    <message>
        <location filename="../../ui/live/customer_display.py" line="336"/>
        <source>MEMBERS FIRST</source>
        <translation>MITGLIEDER ZUERST</translation>
    </message>
    <message>
        <location filename="../../ui/live/customer_display.py" line="338"/>
        <source>LIVE DROP</source>
        <translation>LIVE-DROP</translation>
    </message>
    <message>
        <location filename="../../ui/live/customer_display.py" line="353"/>
        <source>You get: {what_you_get}</source>
        <translation>Sie bekommen: {what_you_get}</translation>
    </message>
</context>
<context>
    <name>live/drop_card</name>
    <message>
        <location filename="../../ui/live/drop_card.py" line="24"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../ui/live/drop_card.py" line="25"/>
        <source>Members first</source>
        <translation>Mitglieder zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/live/drop_card.py" line="26"/>
        <location filename="../../ui/live/drop_card.py" line="155"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location filename="../../ui/live/drop_card.py" line="27"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../ui/live/drop_card.py" line="28"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../ui/live/drop_card.py" line="105"/>
        <location filename="../../ui/live/drop_card.py" line="163"/>
        <source>Show on customer display</source>
        <translation>Auf der Kundenanzeige zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/live/drop_card.py" line="136"/>
        <source>{sold_live} sold while live · {sold} of {edition_size} sold in all</source>
        <translation>{sold_live} live verkauft · {sold} von {edition_size} insgesamt verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/live/drop_card.py" line="143"/>
        <source>{members_note}. Members buy from the Sell screen with their pass.</source>
        <translation>{members_note}. Mitglieder kaufen am Verkaufsbildschirm mit ihrem Ausweis.</translation>
    </message>
    <message>
        <location filename="../../ui/live/drop_card.py" line="153"/>
        <source>Sell one — {price}</source>
        <translation>Eins verkaufen – {price}</translation>
    </message>
    <message>
        <location filename="../../ui/live/drop_card.py" line="161"/>
        <source>On the customer display</source>
        <translation>Auf der Kundenanzeige</translation>
    </message>
</context>
<context>
    <name>live/go_live_form</name>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="41"/>
        <location filename="../../ui/live/go_live_form.py" line="91"/>
        <location filename="../../ui/live/go_live_form.py" line="168"/>
        <source>Go live</source>
        <translation>Live gehen</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="46"/>
        <source>A live session counts the purchases made while it runs: the conversion per live minute. Drops on sale get a one-tap sell button.</source>
        <translation>Eine Live-Sitzung zählt die Käufe während sie läuft: die Konversion pro Live-Minute. Drops im Verkauf bekommen eine Ein-Tipp-Verkaufstaste.</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="59"/>
        <source>What is happening? e.g. Candle-making workshop</source>
        <translation>Was passiert? z. B. Kerzenzieh-Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="69"/>
        <location filename="../../ui/live/go_live_form.py" line="105"/>
        <source>No plan event</source>
        <translation>Kein geplanter Termin</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="72"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="73"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="74"/>
        <source>Plan event (optional)</source>
        <translation>Geplanter Termin (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="107"/>
        <source>Now · </source>
        <translation>Jetzt · </translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="123"/>
        <source>On sale now: {names}.</source>
        <translation>Jetzt im Verkauf: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="128"/>
        <source>No drop is on sale now. Next: {name} — {opens}.</source>
        <translation>Gerade ist kein Drop im Verkauf. Nächster: {name} – {opens}.</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="134"/>
        <source>No drop is on sale now; you can still go live.</source>
        <translation>Gerade ist kein Drop im Verkauf; Sie können trotzdem live gehen.</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="152"/>
        <source>Give the live session a title: what is happening?</source>
        <translation>Geben Sie der Live-Sitzung einen Titel: Was passiert?</translation>
    </message>
    <message>
        <location filename="../../ui/live/go_live_form.py" line="166"/>
        <source>Going live…</source>
        <translation>Live gehen …</translation>
    </message>
</context>
<context>
    <name>live/live_screen</name>
    <message>
        <location filename="../../ui/live/live_screen.py" line="119"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../ui/live/live_screen.py" line="124"/>
        <source>Transparency</source>
        <translation>Transparenz</translation>
    </message>
    <message>
        <location filename="../../ui/live/live_screen.py" line="125"/>
        <source>What the customer display shows, and what it never does</source>
        <translation>Was die Kundenanzeige zeigt und was sie nie tut</translation>
    </message>
    <message>
        <location filename="../../ui/live/live_screen.py" line="131"/>
        <source>Open customer display</source>
        <translation>Kundenanzeige öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/live/live_screen.py" line="133"/>
        <source>A second window for customers: a second screen when one is attached</source>
        <translation>Ein zweites Fenster für die Kundschaft: auf einem zweiten Bildschirm, wenn einer angeschlossen ist</translation>
    </message>
    <message>
        <location filename="../../ui/live/live_screen.py" line="297"/>
        <source> · change {change}</source>
        <translation> · Rückgeld {change}</translation>
    </message>
    <message>
        <location filename="../../ui/live/live_screen.py" line="304"/>
        <source>Sale {number} recorded{change}.</source>
        <translation>Verkauf {number} erfasst{change}.</translation>
    </message>
    <message>
        <location filename="../../ui/live/live_screen.py" line="312"/>
        <source>The sale was not recorded: {exc}</source>
        <translation>Der Verkauf wurde nicht erfasst: {exc}</translation>
    </message>
</context>
<context>
    <name>live/one_tap</name>
    <message>
        <location filename="../../ui/live/one_tap.py" line="51"/>
        <source>Take payment · {name}</source>
        <translation>Zahlung annehmen · {name}</translation>
    </message>
</context>
<context>
    <name>live/transparency_dialog</name>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="32"/>
        <source>Quantities are shown as they are</source>
        <translation>Mengen werden gezeigt, wie sie sind</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="33"/>
        <source>The count on the display is the real number this stall can still sell: never rounded, padded or hidden. “Only” appears only at or below your low-stock mark.</source>
        <translation>Die Zahl auf der Anzeige ist die echte Menge, die dieser Stand noch verkaufen kann: nie gerundet, aufgebläht oder versteckt. „Nur noch“ erscheint erst bei oder unter Ihrer Mindestbestandsmarke.</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="41"/>
        <source>The drop&apos;s terms are always shown</source>
        <translation>Die Bedingungen des Drops werden immer gezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="42"/>
        <source>The edition size and what a buyer gets (and your terms, when you wrote any) are on the display whenever the drop is.</source>
        <translation>Die Auflage und was Käufer bekommen (und Ihre Bedingungen, wenn Sie welche geschrieben haben) stehen auf der Anzeige, solange der Drop dort ist.</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="74"/>
        <source>Transparency</source>
        <translation>Transparenz</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="82"/>
        <source>What the customer display promises</source>
        <translation>Was die Kundenanzeige verspricht</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="88"/>
        <source>Customers read the display from across the room. It shows only what you set and what your sales say.</source>
        <translation>Die Kundschaft liest die Anzeige quer durch den Raum. Sie zeigt nur, was Sie festlegen und was Ihre Verkäufe sagen.</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="99"/>
        <source>Always on</source>
        <translation>Immer an</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="103"/>
        <source>A commitment, not a setting: it cannot be switched off.</source>
        <translation>Ein Versprechen, keine Einstellung: Es lässt sich nicht abschalten.</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="112"/>
        <location filename="../../ui/live/transparency_dialog.py" line="126"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="117"/>
        <source>No fake timers: the time left</source>
        <translation>Keine falschen Countdowns: die verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="118"/>
        <source>Only the drop&apos;s real end is counted down (“Ends at 18:00 · 42 min left”). Switch off to show no time at all.</source>
        <translation>Nur das echte Ende des Drops wird heruntergezählt („Endet um 18:00 · noch 42 Min.“). Ausschalten, um gar keine Zeit zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="131"/>
        <source>Social proof only when it is true</source>
        <translation>Sozialer Beweis nur, wenn er stimmt</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="132"/>
        <source>“4 sold in the last {social_proof_minutes} minutes”, counted from real sales, and nothing when nobody bought lately. Switch off to never show it.</source>
        <translation>„4 verkauft in den letzten {social_proof_minutes} Minuten“, gezählt aus echten Verkäufen, und nichts, wenn zuletzt niemand gekauft hat. Ausschalten, um es nie zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="148"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="152"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/live/transparency_dialog.py" line="189"/>
        <source>Not saved: {exc}</source>
        <translation>Nicht gespeichert: {exc}</translation>
    </message>
</context>
<context>
    <name>live/words</name>
    <message>
        <location filename="../../ui/live/words.py" line="18"/>
        <source>Purchases per live minute: the sales completed on this device since you went live (voided sales not counted; refunded ones still count, the buying happened live), divided by the minutes live (seconds ÷ 60, not rounded).</source>
        <translation>Käufe pro Live-Minute: die abgeschlossenen Verkäufe auf diesem Gerät, seit Sie live gegangen sind (stornierte nicht gezählt; erstattete zählen weiter, der Kauf fand live statt), geteilt durch die Live-Minuten (Sekunden ÷ 60, nicht gerundet).</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="46"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="49"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="51"/>
        <source>Opens in {span}</source>
        <translation>Öffnet in {span}</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="54"/>
        <source>Ends in {span}</source>
        <translation>Endet in {span}</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="67"/>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="69"/>
        <source>{minutes} min left</source>
        <translation>noch {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="73"/>
        <source>{h} h {m} min left</source>
        <translation>noch {h} Std. {m} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="75"/>
        <source>{h} h left</source>
        <translation>noch {h} Std.</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="77"/>
        <source>Ends at {at} · {left}</source>
        <translation>Endet um {at} · {left}</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="84"/>
        <source>{sold_recently} sold in the last {social_proof_minutes} minutes</source>
        <translation>{sold_recently} verkauft in den letzten {social_proof_minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="90"/>
        <source>Limited edition of {edition_size}</source>
        <translation>Limitierte Auflage von {edition_size}</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="105"/>
        <source>Members first · everyone from {at}</source>
        <translation>Mitglieder zuerst · alle ab {at}</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="114"/>
        <source>Members from {at} · everyone from {at2}</source>
        <translation>Mitglieder ab {at} · alle ab {at2}</translation>
    </message>
    <message>
        <location filename="../../ui/live/words.py" line="117"/>
        <source>Opens at {at}</source>
        <translation>Öffnet um {at}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../ui/top_bar.py" line="65"/>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="65"/>
        <source>The sell screen (Ctrl+1)</source>
        <translation>Die Kasse (Strg+1)</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="68"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="69"/>
        <source>Member sessions and check-in (Ctrl+2)</source>
        <translation>Mitgliedertermine und Einlass (Strg+2)</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="72"/>
        <source>Drops</source>
        <translation>Drops</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="73"/>
        <source>Micro-drops: plan, sell, waitlists (Ctrl+3)</source>
        <translation>Micro-Drops: planen, verkaufen, Wartelisten (Strg+3)</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="76"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="77"/>
        <source>Go live: the live drop, its clock and figures (Ctrl+4)</source>
        <translation>Live gehen: der Live-Drop, seine Uhr und Zahlen (Strg+4)</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="80"/>
        <source>Planner</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="81"/>
        <source>The 12-week plan of drops and events (Ctrl+5)</source>
        <translation>Der 12-Wochen-Plan der Drops und Events (Strg+5)</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="84"/>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="85"/>
        <source>The numbers that matter, sales summaries, CSV export (Ctrl+6)</source>
        <translation>Die wichtigen Zahlen, Verkaufsübersichten, CSV-Export (Strg+6)</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="105"/>
        <source>Shop</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="107"/>
        <source>Sales, pass tiers, members&apos; passes, the catalogue</source>
        <translation>Verkäufe, Mitgliedsstufen, Mitgliedsausweise, Sortiment</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="110"/>
        <location filename="../../ui/top_bar.py" line="142"/>
        <source>Open shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="112"/>
        <source>Open or close the shift</source>
        <translation>Schicht öffnen oder schließen</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="140"/>
        <source>{device} · No shift open</source>
        <translation>{device} · Keine Schicht offen</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="146"/>
        <source>{device} · Shift {number} · {name} since {since}</source>
        <translation>{device} · Schicht {number} · {name} seit {since}</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="150"/>
        <source>Close shift</source>
        <translation>Schicht schließen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Sales: reprint, refund, void…</source>
        <translation>Verkäufe: Bon nachdrucken, erstatten, stornieren …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Pass tiers…</source>
        <translation>Mitgliedsstufen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>A member&apos;s passes…</source>
        <translation>Ausweise eines Mitglieds …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Catalog import and export…</source>
        <translation>Sortiment importieren und exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Venue partners and statements…</source>
        <translation>Veranstaltungspartner und Abrechnungen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Receipt printer…</source>
        <translation>Bondrucker …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Connect to the shop hub…</source>
        <translation>Mit dem Laden-Hub verbinden …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Backups and data…</source>
        <translation>Sicherungen und Daten …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
</context>
<context>
    <name>metrics/bar_chart</name>
    <message>
        <location filename="../../ui/metrics/bar_chart.py" line="39"/>
        <source>Nothing sold in this period</source>
        <translation>In diesem Zeitraum nichts verkauft</translation>
    </message>
</context>
<context>
    <name>metrics/metrics_screen</name>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="43"/>
        <source>The whole period</source>
        <translation>Der ganze Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="102"/>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="111"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="112"/>
        <source>Save the four numbers and the sales summary as CSV files</source>
        <translation>Die vier Kennzahlen und die Verkaufsübersicht als CSV-Dateien speichern</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="129"/>
        <location filename="../../ui/metrics/metrics_screen.py" line="133"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="135"/>
        <source>See the four numbers and the summary for one event held</source>
        <translation>Die vier Kennzahlen und die Übersicht für eine abgehaltene Veranstaltung sehen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="253"/>
        <source>Sales during {title}</source>
        <translation>Verkäufe während {title}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="257"/>
        <source>Sales summary · {label}</source>
        <translation>Verkaufsübersicht · {label}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="273"/>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="293"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="297"/>
        <source>{kind_label} · {span} · as of {as_of}</source>
        <translation>{kind_label} · {span} · Stand {as_of}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="301"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="307"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="311"/>
        <source>{days} · {held} event held · as of {as_of}</source>
        <translation>{days} · {held} Veranstaltung abgehalten · Stand {as_of}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="314"/>
        <source>{days} · {held} events held · as of {as_of}</source>
        <translation>{days} · {held} Veranstaltungen abgehalten · Stand {as_of}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="321"/>
        <source>Export CSV into folder</source>
        <translation>CSV in Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="331"/>
        <source>The figures are still being read; try again.</source>
        <translation>Die Zahlen werden noch gelesen; gleich erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/metrics_screen.py" line="346"/>
        <source>Saved {names} in {parent}.</source>
        <translation>{names} gespeichert in {parent}.</translation>
    </message>
</context>
<context>
    <name>metrics/period_picker</name>
    <message>
        <location filename="../../ui/metrics/period_picker.py" line="74"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/period_picker.py" line="75"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/period_picker.py" line="81"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/period_picker.py" line="83"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/period_picker.py" line="85"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>metrics/summary_view</name>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="30"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="31"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="88"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="89"/>
        <location filename="../../ui/metrics/summary_view.py" line="194"/>
        <source>Takings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="90"/>
        <source>Tips</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="91"/>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="92"/>
        <location filename="../../ui/metrics/summary_view.py" line="204"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="124"/>
        <source>Takings by day</source>
        <translation>Einnahmen pro Tag</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="126"/>
        <source>Takings by hour</source>
        <translation>Einnahmen pro Stunde</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="150"/>
        <source>{tip} from {sales} sales</source>
        <translation>{tip} aus {sales} Verkäufen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="165"/>
        <source>{hour:02d}:00–{hour:02d}:59: {takings} from {sales} sales</source>
        <translation>{hour:02d}:00–{hour:02d}:59: {takings} aus {sales} Verkäufen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="182"/>
        <source>Sales summary</source>
        <translation>Verkaufsübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="192"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="193"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="195"/>
        <location filename="../../ui/metrics/summary_view.py" line="203"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="200"/>
        <source>Tender</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="201"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="202"/>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="208"/>
        <source>No sales or refunds in this period.</source>
        <translation>Keine Verkäufe oder Rückerstattungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/summary_view.py" line="219"/>
        <source>{voids} voided ({voided})</source>
        <translation>{voids} storniert ({voided})</translation>
    </message>
</context>
<context>
    <name>metrics/words</name>
    <message>
        <location filename="../../ui/metrics/words.py" line="24"/>
        <source>{n} purchase</source>
        <translation>{n} Kauf</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="25"/>
        <source>{n} purchases</source>
        <translation>{n} Käufe</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="28"/>
        <source>{n} session</source>
        <translation>{n} Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="29"/>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="32"/>
        <source>{n} buyer</source>
        <translation>{n} Käufer</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="33"/>
        <source>{n} buyers</source>
        <translation>{n} Käufer</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="36"/>
        <source>{n} pass</source>
        <translation>{n} Ausweis</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="37"/>
        <source>{n} passes</source>
        <translation>{n} Ausweise</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="40"/>
        <source>{n} event</source>
        <translation>{n} Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="41"/>
        <source>{n} events</source>
        <translation>{n} Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="56"/>
        <location filename="../../ui/metrics/words.py" line="67"/>
        <source>purchases per live minute</source>
        <translation>Käufe pro Live-Minute</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="57"/>
        <source>No live session in this period</source>
        <translation>Keine Live-Sitzung in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="62"/>
        <source>{purchases} in {minutes} live minutes</source>
        <translation>{purchases} in {minutes} Live-Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="87"/>
        <source>{buyers} still inside their {repeat_days} days{back}</source>
        <translation>{buyers} noch innerhalb ihrer {repeat_days} Tage{back}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="94"/>
        <source>{repeaters} of {buyers}</source>
        <translation>{repeaters} von {buyers}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="108"/>
        <source>{sessions} attended · {passes}</source>
        <translation>{sessions} besucht · {passes}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="127"/>
        <source>{total} from {events}</source>
        <translation>{total} aus {events}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="73"/>
        <source>bought again within {repeat_days} days</source>
        <translation>kauften innerhalb von {repeat_days} Tagen erneut</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="77"/>
        <source>No member bought in this period</source>
        <translation>Kein Mitglied hat in diesem Zeitraum gekauft</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="81"/>
        <source> ({returned_early} back already)</source>
        <translation> ({returned_early} schon zurück)</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="92"/>
        <source>Too early to tell: {later}</source>
        <translation>Noch zu früh: {later}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="105"/>
        <source>sessions per pass</source>
        <translation>Termine pro Ausweis</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="106"/>
        <source>No pass was valid in this period</source>
        <translation>In diesem Zeitraum war kein Ausweis gültig</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="113"/>
        <source>sessions attended per pass</source>
        <translation>besuchte Termine pro Ausweis</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="124"/>
        <location filename="../../ui/metrics/words.py" line="137"/>
        <source>per micro-event</source>
        <translation>pro Mini-Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="125"/>
        <source>No event held in this period</source>
        <translation>In diesem Zeitraum fand keine Veranstaltung statt</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="130"/>
        <source>merch {merch}</source>
        <translation>Merch {merch}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="132"/>
        <source>tips {tips}</source>
        <translation>Trinkgeld {tips}</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/words.py" line="134"/>
        <source>passes {passes}</source>
        <translation>Ausweise {passes}</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/operations.py" line="51"/>
        <source>The disk is full. Free some space; nothing was lost.</source>
        <translation>Der Datenträger ist voll. Schaffen Sie etwas Platz; nichts ging verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="52"/>
        <source>A file could not be written or read ({value}).</source>
        <translation>Eine Datei konnte nicht geschrieben oder gelesen werden ({value}).</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="55"/>
        <source>Something went wrong; nothing was recorded. The details are in the log.</source>
        <translation>Etwas ist schiefgegangen; nichts wurde erfasst. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>pairing_dialog</name>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="63"/>
        <source>Type the hub&apos;s address, e.g. {example_url}.</source>
        <translation>Geben Sie die Adresse des Hubs ein, z. B. {example_url}.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="67"/>
        <source>The hub&apos;s address starts with http:// or https://.</source>
        <translation>Die Adresse des Hubs beginnt mit http:// oder https://.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="69"/>
        <source>Type the pairing code the shop owner was given, e.g. K7QM-2XWP-9F.</source>
        <translation>Geben Sie den Kopplungscode ein, den die Inhaberin bekommen hat, z. B. K7QM-2XWP-9F.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="73"/>
        <source>A pairing code has 10 letters and digits, like K7QM-2XWP-9F; check it.</source>
        <translation>Ein Kopplungscode hat 10 Buchstaben und Ziffern, wie K7QM-2XWP-9F; bitte prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="86"/>
        <source>{text} Check the hub&apos;s address.</source>
        <translation>{text} Prüfen Sie die Adresse des Hubs.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="88"/>
        <source>Cannot reach the shop hub at {url}. Check the address, and that this stall is on the hub&apos;s network (or online); then try again.</source>
        <translation>Der Shop-Hub unter {url} ist nicht erreichbar. Prüfen Sie die Adresse und ob dieser Stand im Netzwerk des Hubs (oder online) ist; dann erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="95"/>
        <source>Something answered at {url}, but it is not a PopupPOS hub; check the address.</source>
        <translation>Unter {url} hat etwas geantwortet, aber es ist kein PopupPOS-Hub; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="100"/>
        <source>The hub had a problem pairing this stall; try again in a moment.</source>
        <translation>Der Hub hatte ein Problem beim Koppeln dieses Stands; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="206"/>
        <location filename="../../ui/pairing_dialog.py" line="210"/>
        <source>Connect to the shop hub</source>
        <translation>Mit dem Shop-Hub verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="213"/>
        <source>Ask the shop owner for a pairing code (it lasts 15 minutes and works once). Scan its QR code, or type the hub&apos;s address and the code.</source>
        <translation>Fragen Sie die Inhaberin nach einem Kopplungscode (er gilt 15 Minuten und einmal). Scannen Sie den QR-Code oder geben Sie die Adresse des Hubs und den Code ein.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="227"/>
        <location filename="../../ui/pairing_dialog.py" line="231"/>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="230"/>
        <location filename="../../ui/pairing_dialog.py" line="232"/>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="237"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="239"/>
        <location filename="../../ui/pairing_dialog.py" line="292"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="259"/>
        <source>This stall syncs with {value} at {hub_url}; pairing again replaces that.</source>
        <translation>Dieser Stand synchronisiert mit {value} unter {hub_url}; neu koppeln ersetzt das.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="263"/>
        <source>a shop</source>
        <translation>einem Shop</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="174"/>
        <source>That scan is not a PopupPOS pairing code; scan the QR the shop owner was given.</source>
        <translation>Dieser Scan ist kein PopupPOS-Kopplungscode; scannen Sie den QR-Code, den die Inhaberin bekommen hat.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="281"/>
        <source>Connecting to {url}…</source>
        <translation>Verbinde mit {url} …</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="290"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_dialog.py" line="303"/>
        <source>Paired with {shop_name}. This stall now syncs with the shop hub.</source>
        <translation>Gekoppelt mit {shop_name}. Dieser Stand synchronisiert jetzt mit dem Shop-Hub.</translation>
    </message>
</context>
<context>
    <name>partners/agreements_panel</name>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="62"/>
        <source>When agreements overlap, a sale pays one share: an event&apos;s agreement before a category&apos;s, before one on all sales. Fees count the partner&apos;s events in the period; the guarantee tops the period up to its minimum.</source>
        <translation>Überschneiden sich Vereinbarungen, zahlt ein Verkauf einen Anteil: die Vereinbarung einer Veranstaltung vor der einer Kategorie, vor einer auf alle Verkäufe. Gebühren zählen die Veranstaltungen des Partners im Zeitraum; die Garantie stockt den Zeitraum auf ihr Minimum auf.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="70"/>
        <source>All sales</source>
        <translation>Alle Verkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="71"/>
        <source>One category</source>
        <translation>Eine Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="72"/>
        <source>One event</source>
        <translation>Eine Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="100"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="104"/>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="119"/>
        <source>e.g. Gallery wall (optional)</source>
        <translation>z. B. Galeriewand (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="124"/>
        <source>Partner&apos;s share in percent</source>
        <translation>Anteil des Partners in Prozent</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="130"/>
        <source>of net sales</source>
        <translation>vom Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="131"/>
        <source>of gross sales</source>
        <translation>vom Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="143"/>
        <location filename="../../ui/partners/agreements_panel.py" line="167"/>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="146"/>
        <location filename="../../ui/partners/agreements_panel.py" line="168"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="147"/>
        <location filename="../../ui/partners/agreements_panel.py" line="170"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="151"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="153"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="156"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="163"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="164"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="172"/>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="173"/>
        <source>Fee per event</source>
        <translation>Gebühr pro Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="177"/>
        <source>Minimum guarantee</source>
        <translation>Mindestgarantie</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="184"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="188"/>
        <source>Save agreement</source>
        <translation>Vereinbarung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="210"/>
        <source>Charged for each event in the plan at the venue “{name}” (or for the chosen event) that falls in the period.</source>
        <translation>Berechnet für jede geplante Veranstaltung am Ort „{name}“ (oder für die gewählte Veranstaltung), die in den Zeitraum fällt.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="317"/>
        <source>Net: what customers paid, less tax and refunds.</source>
        <translation>Netto: was die Kundschaft gezahlt hat, abzüglich Steuer und Rückerstattungen.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="321"/>
        <source>Gross: what customers paid, tax included; refunds are not taken off.</source>
        <translation>Brutto: was die Kundschaft gezahlt hat, inklusive Steuer; Rückerstattungen werden nicht abgezogen.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="371"/>
        <source>fee per event</source>
        <translation>Gebühr pro Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="372"/>
        <source>minimum guarantee</source>
        <translation>Mindestgarantie</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="412"/>
        <source>Agreement saved.</source>
        <translation>Vereinbarung gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="428"/>
        <source>Removed “{label}”.</source>
        <translation>„{label}“ entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="453"/>
        <source>all sales</source>
        <translation>alle Verkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="455"/>
        <source>a removed category</source>
        <translation>eine entfernte Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="456"/>
        <source>a removed event</source>
        <translation>eine entfernte Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="467"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="468"/>
        <source>gross</source>
        <translation>brutto</translation>
    </message>
    <message>
        <location filename="../../ui/partners/agreements_panel.py" line="470"/>
        <source>{rate_bp} of {basis} · {scope} · {days}</source>
        <translation>{rate_bp} {basis} · {scope} · {days}</translation>
    </message>
</context>
<context>
    <name>partners/issued_statements</name>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="55"/>
        <source>{amount} owed to {partner_name}</source>
        <translation>{amount} geschuldet an {partner_name}</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="59"/>
        <source>{amount} owed by {partner_name}</source>
        <translation>{amount} geschuldet von {partner_name}</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="62"/>
        <source>Nothing owed</source>
        <translation>Nichts geschuldet</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="87"/>
        <location filename="../../ui/partners/issued_statements.py" line="90"/>
        <source>Issued statements</source>
        <translation>Ausgestellte Abrechnungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="94"/>
        <source>Save PDF…</source>
        <translation>PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="96"/>
        <source>Save CSV…</source>
        <translation>CSV speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="98"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="101"/>
        <source>The PDF exactly as it was issued (a reprint)</source>
        <translation>Das PDF genau wie ausgestellt (ein Nachdruck)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="104"/>
        <source>The same figures, line by line, for a spreadsheet</source>
        <translation>Dieselben Zahlen, Zeile für Zeile, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="109"/>
        <source>Print the statement as it was issued</source>
        <translation>Die Abrechnung drucken, wie sie ausgestellt wurde</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="115"/>
        <source>Issue correction</source>
        <translation>Korrektur ausstellen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="118"/>
        <source>Issue a new statement for the same period from today&apos;s figures; it names the statement it corrects, which stays as it was issued</source>
        <translation>Eine neue Abrechnung für denselben Zeitraum mit den heutigen Zahlen ausstellen; sie nennt die Abrechnung, die sie korrigiert, und diese bleibt, wie sie ausgestellt wurde</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="156"/>
        <source>corrected by {corrected_by_number}</source>
        <translation>korrigiert durch {corrected_by_number}</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="163"/>
        <source>corrects {corrects_number}</source>
        <translation>korrigiert {corrects_number}</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="172"/>
        <source>Issued by {created_by} · {page_size} · SHA-256 {pdf_sha256}</source>
        <translation>Ausgestellt von {created_by} · {page_size} · SHA-256 {pdf_sha256}</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="229"/>
        <source>Issued {number}, correcting {corrects_number}: {info}.</source>
        <translation>{number} ausgestellt, korrigiert {corrects_number}: {info}.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="256"/>
        <source>Save the statement</source>
        <translation>Die Abrechnung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="269"/>
        <source>Save the statement as CSV</source>
        <translation>Die Abrechnung als CSV speichern</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="295"/>
        <source>Saved {name} in {parent}</source>
        <translation>{name} gespeichert in {parent}</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="325"/>
        <source>Print the statement</source>
        <translation>Die Abrechnung drucken</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="341"/>
        <source>The statement could not be printed ({exc}).</source>
        <translation>Die Abrechnung konnte nicht gedruckt werden ({exc}).</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="351"/>
        <source>Sent {pages} page to the printer.</source>
        <translation>{pages} Seite an den Drucker gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/issued_statements.py" line="355"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} Seiten an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>partners/partner_form</name>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="40"/>
        <source>Kiln &amp; Co</source>
        <translation>Ton &amp; Co</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="41"/>
        <source>Who you deal with</source>
        <translation>Ihre Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="42"/>
        <source>hello@example.com</source>
        <translation>hallo@beispiel.de</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="46"/>
        <source>Street
Town and postcode</source>
        <translation>Straße
PLZ und Ort</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="51"/>
        <source>VAT or tax number, printed on statements</source>
        <translation>USt-IdNr. oder Steuernummer, steht auf Abrechnungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="55"/>
        <source>Anything to remember: who to ask, bank details…</source>
        <translation>Was man wissen sollte: wen fragen, Bankverbindung …</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="60"/>
        <source>A current partner (listed first)</source>
        <translation>Aktueller Partner (steht oben)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="64"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="65"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="66"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="67"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="68"/>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="69"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="74"/>
        <source>The name, address and tax ID are printed on every statement.</source>
        <translation>Name, Adresse und Steuernummer stehen auf jeder Abrechnung.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="84"/>
        <location filename="../../ui/partners/partner_form.py" line="109"/>
        <source>Save partner</source>
        <translation>Partner speichern</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="111"/>
        <source>Add partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partner_form.py" line="141"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>partners/partners_dialog</name>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="34"/>
        <location filename="../../ui/partners/partners_dialog.py" line="45"/>
        <location filename="../../ui/partners/partners_dialog.py" line="60"/>
        <source>Venue partners</source>
        <translation>Veranstaltungspartner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="48"/>
        <source>The venues you sell at, the share of sales each one takes, and the statements you hand them.</source>
        <translation>Die Orte, an denen Sie verkaufen, der Umsatzanteil, den jeder bekommt, und die Abrechnungen, die Sie ihnen geben.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="65"/>
        <location filename="../../ui/partners/partners_dialog.py" line="70"/>
        <location filename="../../ui/partners/partners_dialog.py" line="158"/>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="79"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="80"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="81"/>
        <source>Statements</source>
        <translation>Abrechnungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="88"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="116"/>
        <source>No agreement yet</source>
        <translation>Noch keine Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="118"/>
        <source>{n} agreement</source>
        <translation>{n} Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="120"/>
        <source>{n} agreements</source>
        <translation>{n} Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="124"/>
        <source>Past partner · no agreement yet</source>
        <translation>Früherer Partner · noch keine Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="126"/>
        <source>Past partner · {n} agreement</source>
        <translation>Früherer Partner · {n} Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="130"/>
        <source>Past partner · {n} agreements</source>
        <translation>Früherer Partner · {n} Vereinbarungen</translation>
    </message>
</context>
<context>
    <name>partners/statement_panel</name>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="77"/>
        <source>New statement</source>
        <translation>Neue Abrechnung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="80"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="83"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="89"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="95"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="96"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="97"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="108"/>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="109"/>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="111"/>
        <source>Base the shares are taken on</source>
        <translation>Basis für die Anteile</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="113"/>
        <source>Shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="114"/>
        <source>Fees per event</source>
        <translation>Gebühren pro Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="116"/>
        <source>Minimum-guarantee top-up</source>
        <translation>Aufstockung zur Mindestgarantie</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="120"/>
        <source>Amount owed</source>
        <translation>Geschuldeter Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="131"/>
        <source>Issue statement</source>
        <translation>Abrechnung ausstellen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="136"/>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="137"/>
        <location filename="../../ui/partners/statement_panel.py" line="141"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="202"/>
        <source>{sale_count} sale lines and {refunds} refund</source>
        <translation>{sale_count} Verkaufszeilen und {refunds} Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="206"/>
        <source>{sale_count} sale lines and {refunds} refunds</source>
        <translation>{sale_count} Verkaufszeilen und {refunds} Rückerstattungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="211"/>
        <source> under {n} agreement.</source>
        <translation> unter {n} Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="213"/>
        <source> under {n} agreements.</source>
        <translation> unter {n} Vereinbarungen.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="225"/>
        <source>No agreement with this partner is in force in this period.</source>
        <translation>In diesem Zeitraum gilt keine Vereinbarung mit diesem Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="230"/>
        <source> {number} already covers this period: to change it, correct it.</source>
        <translation> {number} deckt diesen Zeitraum schon ab: Zum Ändern korrigieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="235"/>
        <source> The period ends on {end}: issue it once the period is over.</source>
        <translation> Der Zeitraum endet am {end}: Stellen Sie sie aus, wenn er vorbei ist.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/statement_panel.py" line="282"/>
        <source>Issued {number}: {owed_words}.</source>
        <translation>{number} ausgestellt: {owed_words}.</translation>
    </message>
</context>
<context>
    <name>partners/statement_print</name>
    <message>
        <location filename="../../ui/partners/statement_print.py" line="49"/>
        <source>Revenue-share statement</source>
        <translation>Abrechnung der Umsatzbeteiligung</translation>
    </message>
</context>
<context>
    <name>passes/issued</name>
    <message>
        <location filename="../../ui/passes/issued.py" line="40"/>
        <source>Pass issued to {member_name}</source>
        <translation>Ausweis ausgestellt für {member_name}</translation>
    </message>
    <message>
        <location filename="../../ui/passes/issued.py" line="48"/>
        <source>{tier_name} · valid to {day}</source>
        <translation>{tier_name} · gültig bis {day}</translation>
    </message>
    <message>
        <location filename="../../ui/passes/issued.py" line="56"/>
        <source>Show QR</source>
        <translation>QR zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/issued.py" line="59"/>
        <source>Full screen, for the member to photograph</source>
        <translation>Vollbild, damit das Mitglied ihn fotografieren kann</translation>
    </message>
    <message>
        <location filename="../../ui/passes/issued.py" line="62"/>
        <source>Save card</source>
        <translation>Karte speichern</translation>
    </message>
    <message>
        <location filename="../../ui/passes/issued.py" line="65"/>
        <source>The pass card as PDF, to print or send</source>
        <translation>Die Ausweiskarte als PDF, zum Drucken oder Senden</translation>
    </message>
    <message>
        <location filename="../../ui/passes/issued.py" line="144"/>
        <source>Save the pass card</source>
        <translation>Die Ausweiskarte speichern</translation>
    </message>
    <message>
        <location filename="../../ui/passes/issued.py" line="154"/>
        <source>Saving the pass card…</source>
        <translation>Ausweiskarte wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/passes/issued.py" line="165"/>
        <source>Saved {name} in {parent}</source>
        <translation>{name} gespeichert in {parent}</translation>
    </message>
</context>
<context>
    <name>passes/manager_actions</name>
    <message>
        <location filename="../../ui/passes/manager_actions.py" line="49"/>
        <source>Transfer the pass to…</source>
        <translation>Ausweis übertragen an …</translation>
    </message>
    <message>
        <location filename="../../ui/passes/manager_actions.py" line="59"/>
        <source>{name} already holds this pass.</source>
        <translation>{name} hat diesen Ausweis schon.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/manager_actions.py" line="67"/>
        <source>Approve the transfer</source>
        <translation>Übertragung freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/passes/manager_actions.py" line="69"/>
        <source>{tier_name} of {member_name} goes to {name}. The old QR stops working; {first_name} gets a new one.</source>
        <translation>{tier_name} von {member_name} geht an {name}. Der alte QR-Code wird ungültig; {first_name} bekommt einen neuen.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/manager_actions.py" line="108"/>
        <source>Revoke the pass</source>
        <translation>Ausweis sperren</translation>
    </message>
    <message>
        <location filename="../../ui/passes/manager_actions.py" line="110"/>
        <source>{tier_name} of {member_name} stops working at every stall. This cannot be undone.</source>
        <translation>{tier_name} von {member_name} wird an jedem Stand ungültig. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/manager_actions.py" line="117"/>
        <source>Why? (lost card, misuse…; kept in the audit log)</source>
        <translation>Warum? (Karte verloren, Missbrauch …; wird im Prüfprotokoll festgehalten)</translation>
    </message>
</context>
<context>
    <name>passes/member_passes</name>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="54"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="55"/>
        <source>Not valid yet</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="56"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="57"/>
        <source>Revoked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="58"/>
        <source>Not trusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="91"/>
        <source>Member passes</source>
        <translation>Mitgliedsausweise</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="101"/>
        <location filename="../../ui/passes/member_passes.py" line="198"/>
        <source>Passes of {member_name}</source>
        <translation>Ausweise von {member_name}</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="105"/>
        <location filename="../../ui/passes/member_passes.py" line="112"/>
        <source>Passes</source>
        <translation>Ausweise</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="139"/>
        <location filename="../../ui/passes/member_passes.py" line="263"/>
        <source>Choose a pass to see it.</source>
        <translation>Einen Ausweis wählen, um ihn zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="150"/>
        <source>Show QR</source>
        <translation>QR zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="151"/>
        <source>Save card</source>
        <translation>Karte speichern</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="152"/>
        <source>Transfer…</source>
        <translation>Übertragen …</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="154"/>
        <source>Revoke…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="156"/>
        <source>Print sheet…</source>
        <translation>Bogen drucken …</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="158"/>
        <source>Save the selected passes&apos; cards on A4 sheets, to print</source>
        <translation>Die Karten der gewählten Ausweise auf A4-Bögen speichern, zum Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="163"/>
        <source>Show the new QR</source>
        <translation>Neuen QR zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="166"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="216"/>
        <source>No passes yet. Sell one from the Passes category.</source>
        <translation>Noch keine Ausweise. Verkaufen Sie einen aus der Kategorie Ausweise.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="258"/>
        <source>Several passes chosen: print their cards on a sheet.</source>
        <translation>Mehrere Ausweise gewählt: ihre Karten auf einem Bogen drucken.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="275"/>
        <source>{valid_from} to {valid_until}</source>
        <translation>{valid_from} bis {valid_until}</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="279"/>
        <source> · transferred from another member</source>
        <translation> · von einem anderen Mitglied übertragen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="297"/>
        <source>{shop_name} · member pass</source>
        <translation>{shop_name} · Mitgliedsausweis</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="314"/>
        <source>Save the pass card</source>
        <translation>Die Ausweiskarte speichern</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="338"/>
        <source>Save a sheet of pass cards</source>
        <translation>Einen Bogen Ausweiskarten speichern</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="356"/>
        <source>Saved {name} in {parent}</source>
        <translation>{name} gespeichert in {parent}</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="380"/>
        <source>Show {first_name}&apos;s new QR</source>
        <translation>Neuen QR von {first_name} zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="386"/>
        <source>Transferred to {name}. The old QR no longer works; {first_name}&apos;s new pass is ready.</source>
        <translation>An {name} übertragen. Der alte QR-Code gilt nicht mehr; der neue Ausweis von {first_name} ist bereit.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/member_passes.py" line="402"/>
        <source>The {tier_name} pass is revoked; its QR no longer works.</source>
        <translation>Der Ausweis {tier_name} ist gesperrt; sein QR-Code gilt nicht mehr.</translation>
    </message>
</context>
<context>
    <name>passes/qr_view</name>
    <message>
        <location filename="../../ui/passes/qr_view.py" line="73"/>
        <source>Member pass QR code</source>
        <translation>QR-Code des Mitgliedsausweises</translation>
    </message>
    <message>
        <location filename="../../ui/passes/qr_view.py" line="153"/>
        <source>Member pass</source>
        <translation>Mitgliedsausweis</translation>
    </message>
    <message>
        <location filename="../../ui/passes/qr_view.py" line="159"/>
        <source>Pass of {holder_name}</source>
        <translation>Ausweis von {holder_name}</translation>
    </message>
    <message>
        <location filename="../../ui/passes/qr_view.py" line="186"/>
        <source>{tier_name} · valid until {valid_until}</source>
        <translation>{tier_name} · gültig bis {valid_until}</translation>
    </message>
    <message>
        <location filename="../../ui/passes/qr_view.py" line="197"/>
        <source>Take a photo of the code to keep your pass. Tap or press Esc to close.</source>
        <translation>Fotografieren Sie den Code, um Ihren Ausweis zu behalten. Zum Schließen tippen oder Esc drücken.</translation>
    </message>
</context>
<context>
    <name>passes/tiers_dialog</name>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="69"/>
        <source>this tier has no active passes to print</source>
        <translation>diese Stufe hat keine aktiven Ausweise zum Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="97"/>
        <location filename="../../ui/passes/tiers_dialog.py" line="110"/>
        <source>Pass tiers</source>
        <translation>Ausweisstufen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="113"/>
        <source>Memberships the stall sells. Each is a product in the Passes category.</source>
        <translation>Mitgliedschaften, die der Stand verkauft. Jede ist ein Produkt in der Kategorie Ausweise.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="124"/>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="128"/>
        <source>New tier</source>
        <translation>Neue Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="145"/>
        <source>Print sheet…</source>
        <translation>Bogen drucken …</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="147"/>
        <source>Save the cards of every active pass of this tier, to print</source>
        <translation>Die Karten aller aktiven Ausweise dieser Stufe speichern, zum Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="152"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="154"/>
        <source>Save tier</source>
        <translation>Stufe speichern</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="174"/>
        <source>Gold membership</source>
        <translation>Gold-Mitgliedschaft</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="177"/>
        <source>GOLD (goes in the QR)</source>
        <translation>GOLD (steht im QR-Code)</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="187"/>
        <source>Price, e.g. 60.00</source>
        <translation>Preis, z. B. 60,00</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="188"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="196"/>
        <source> min early</source>
        <translation> Min. früher</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="197"/>
        <source> sessions</source>
        <translation> Termine</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="198"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="200"/>
        <source>Can be transferred to another member</source>
        <translation>Kann auf ein anderes Mitglied übertragen werden</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="204"/>
        <source>In plain words, e.g. Refundable in full within 14 days if no session was used.</source>
        <translation>In einfachen Worten, z. B. Innerhalb von 14 Tagen voll erstattbar, wenn kein Termin genutzt wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="211"/>
        <source>e.g. Transferable once, at the stall, with the new holder present.</source>
        <translation>z. B. Einmal übertragbar, am Stand, im Beisein der neuen Inhaberin.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="219"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="220"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="221"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="222"/>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="223"/>
        <source>Member discount %</source>
        <translation>Mitgliederrabatt %</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="224"/>
        <source>Discount on</source>
        <translation>Rabatt auf</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="228"/>
        <source>None ticked: every category (passes excepted).</source>
        <translation>Nichts angekreuzt: jede Kategorie (außer Ausweisen).</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="231"/>
        <source>Early access</source>
        <translation>Früher Zugang</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="232"/>
        <source>Included</source>
        <translation>Inbegriffen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="233"/>
        <source>1:1 time</source>
        <translation>1:1-Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="235"/>
        <source>Refund terms</source>
        <translation>Erstattungsbedingungen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="236"/>
        <source>Transfer terms</source>
        <translation>Übertragungsbedingungen</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="289"/>
        <source> · not on sale</source>
        <translation> · nicht im Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="339"/>
        <source>The code is printed in every pass&apos;s QR; it cannot change.</source>
        <translation>Der Code steht im QR-Code jedes Ausweises; er kann sich nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="403"/>
        <source>Saved. {name} is on sale in the {passes_category} category.</source>
        <translation>Gespeichert. {name} ist in der Kategorie {passes_category} im Verkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="424"/>
        <source>Save the tier&apos;s pass cards</source>
        <translation>Die Ausweiskarten der Stufe speichern</translation>
    </message>
    <message>
        <location filename="../../ui/passes/tiers_dialog.py" line="428"/>
        <source>Saved {name} in {parent}</source>
        <translation>{name} gespeichert in {parent}</translation>
    </message>
</context>
<context>
    <name>planner/event_dialog</name>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="65"/>
        <source>Free zine swap</source>
        <translation>Kostenloser Zine-Tausch</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="66"/>
        <source>Thursday live drop</source>
        <translation>Live-Drop am Donnerstag</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="67"/>
        <source>Members&apos; early drop</source>
        <translation>Früher Drop für Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="68"/>
        <source>Pop-up at the Courtyard</source>
        <translation>Pop-up im Hof</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="69"/>
        <source>Spring pass release</source>
        <translation>Frühlings-Ausweise</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="73"/>
        <source>‹ 1 week</source>
        <translation>‹ 1 Woche</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="74"/>
        <source>‹ 1 day</source>
        <translation>‹ 1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="75"/>
        <source>1 day ›</source>
        <translation>1 Tag ›</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="76"/>
        <source>1 week ›</source>
        <translation>1 Woche ›</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="79"/>
        <source>Move 7 days earlier</source>
        <translation>7 Tage früher legen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="80"/>
        <source>Move 1 day earlier</source>
        <translation>1 Tag früher legen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="81"/>
        <source>Move 1 day later</source>
        <translation>1 Tag später legen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="82"/>
        <source>Move 7 days later</source>
        <translation>7 Tage später legen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="107"/>
        <source>Edit {title}</source>
        <translation>{title} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="109"/>
        <source>New plan event</source>
        <translation>Neuer geplanter Termin</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="122"/>
        <source>What kind of event</source>
        <translation>Art der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="170"/>
        <location filename="../../ui/planner/event_dialog.py" line="173"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="182"/>
        <location filename="../../ui/planner/event_dialog.py" line="191"/>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="183"/>
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="184"/>
        <location filename="../../ui/planner/event_dialog.py" line="193"/>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="185"/>
        <source>Ends at</source>
        <translation>Endet um</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="189"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="206"/>
        <location filename="../../ui/planner/event_dialog.py" line="212"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="210"/>
        <source>The Courtyard, or online</source>
        <translation>Im Hof, oder online</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="215"/>
        <location filename="../../ui/planner/event_dialog.py" line="220"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="218"/>
        <source>What to bring, who to tell, the post to schedule…</source>
        <translation>Was mitbringen, wem Bescheid geben, welcher Post geplant wird …</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="227"/>
        <source>Move it</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="241"/>
        <location filename="../../ui/planner/event_dialog.py" line="388"/>
        <source>Delete event</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="247"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="249"/>
        <source>Save event</source>
        <translation>Termin speichern</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="304"/>
        <source>Give the event a title.</source>
        <translation>Geben Sie dem Termin einen Titel.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="307"/>
        <source>The event must end after it starts.</source>
        <translation>Der Termin muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="309"/>
        <source>An event lasts at most {max_event_days} days; plan several instead.</source>
        <translation>Ein Termin dauert höchstens {max_event_days} Tage; planen Sie stattdessen mehrere.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="329"/>
        <source>Save or undo your changes first.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="352"/>
        <source>Moving…</source>
        <translation>Wird verschoben …</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="362"/>
        <source>Moved to {when_text}.</source>
        <translation>Verschoben auf {when_text}.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="374"/>
        <source>Tap again to delete</source>
        <translation>Zum Löschen noch einmal tippen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/event_dialog.py" line="383"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>planner/look</name>
    <message>
        <location filename="../../ui/planner/look.py" line="50"/>
        <source>Drops are set up and edited on the Drops screen.</source>
        <extracomment>Where what the planner only shows is edited.</extracomment>
        <translation>Drops werden auf dem Bildschirm Drops angelegt und bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/look.py" line="51"/>
        <source>Member sessions are edited on the Member sessions calendar.</source>
        <translation>Mitgliedertermine werden im Kalender Mitgliedertermine bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/look.py" line="128"/>
        <source>Click to edit, move or delete it.</source>
        <translation>Klicken zum Bearbeiten, Verschieben oder Löschen.</translation>
    </message>
</context>
<context>
    <name>planner/planner_screen</name>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="68"/>
        <source>Planned here: tap its chip to edit it.</source>
        <translation>Hier geplant: zum Bearbeiten auf den Eintrag tippen.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="119"/>
        <source>12-week plan</source>
        <translation>12-Wochen-Plan</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="120"/>
        <source>Previous 12 weeks</source>
        <translation>Vorige 12 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="121"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="122"/>
        <source>Next 12 weeks</source>
        <translation>Nächste 12 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="131"/>
        <source>Plan 12 weeks from a template</source>
        <translation>Aus Vorlage planen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="136"/>
        <source>Add event</source>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="148"/>
        <source>Outlined: edited in their own screens</source>
        <translation>Umrandet: anderswo bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="228"/>
        <source>{summary}, from {first}.</source>
        <translation>{summary}, ab {first}.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="263"/>
        <source>Saved {title}: {day}.</source>
        <translation>{title} gespeichert: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/planner_screen.py" line="272"/>
        <source>Deleted the event from the plan.</source>
        <translation>Der Termin wurde aus dem Plan gelöscht.</translation>
    </message>
</context>
<context>
    <name>planner/template_dialog</name>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="57"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="58"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="59"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="60"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="61"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="62"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="63"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="82"/>
        <source>Week </source>
        <translation>Woche </translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="83"/>
        <location filename="../../ui/planner/template_dialog.py" line="161"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="87"/>
        <location filename="../../ui/planner/template_dialog.py" line="162"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="90"/>
        <location filename="../../ui/planner/template_dialog.py" line="163"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="94"/>
        <location filename="../../ui/planner/template_dialog.py" line="164"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="99"/>
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="105"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="108"/>
        <source>Lasts, in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="111"/>
        <location filename="../../ui/planner/template_dialog.py" line="112"/>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="165"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="166"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="167"/>
        <source>Lasts</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="198"/>
        <location filename="../../ui/planner/template_dialog.py" line="207"/>
        <source>Plan 12 weeks from a template</source>
        <translation>12 Wochen nach Vorlage planen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="211"/>
        <source>Each row becomes one event in its week. Change, add or remove rows; nothing is planned twice: a row whose kind is already planned that day is skipped.</source>
        <translation>Jede Zeile wird ein Termin in ihrer Woche. Zeilen ändern, hinzufügen oder entfernen; nichts wird doppelt geplant: Eine Zeile, deren Art an dem Tag schon geplant ist, wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="221"/>
        <location filename="../../ui/planner/template_dialog.py" line="225"/>
        <source>Week 1 starts on</source>
        <translation>Woche 1 beginnt am</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="254"/>
        <source>Add a row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="258"/>
        <source>Back to the example</source>
        <translation>Zurück zum Beispiel</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="270"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="273"/>
        <source>Create events</source>
        <translation>Termine anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="334"/>
        <source>Week {plan_weeks} ends on {last} {year}.</source>
        <translation>Woche {plan_weeks} endet am {last} {year}.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="346"/>
        <source>Create {n} event</source>
        <translation>{n} Termin anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="348"/>
        <source>Create {n} events</source>
        <translation>{n} Termine anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="353"/>
        <source>Give every row a title.</source>
        <translation>Geben Sie jeder Zeile einen Titel.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="357"/>
        <source>Add at least one row.</source>
        <translation>Fügen Sie mindestens eine Zeile hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/template_dialog.py" line="368"/>
        <source>Planning…</source>
        <translation>Wird geplant …</translation>
    </message>
</context>
<context>
    <name>planner/timeline_view</name>
    <message>
        <location filename="../../ui/planner/timeline_view.py" line="267"/>
        <source>Week {number}</source>
        <translation>Woche {number}</translation>
    </message>
    <message>
        <location filename="../../ui/planner/timeline_view.py" line="276"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
</context>
<context>
    <name>printing/preview</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="33"/>
        <source>Drawing the test receipt…</source>
        <translation>Testbon wird gezeichnet …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="63"/>
        <source>The preview cannot be drawn: {exc}</source>
        <translation>Die Vorschau kann nicht gezeichnet werden: {exc}</translation>
    </message>
</context>
<context>
    <name>printing/printer_dialog</name>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="56"/>
        <location filename="../../ui/printing/printer_dialog.py" line="67"/>
        <source>Receipt printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="70"/>
        <source>Receipts print on this stall&apos;s thermal printer after each sale. These settings stay on this device.</source>
        <translation>Bons werden nach jedem Verkauf auf dem Thermodrucker dieses Stands gedruckt. Diese Einstellungen bleiben auf diesem Gerät.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="84"/>
        <source>Test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="87"/>
        <source>Open drawer</source>
        <translation>Kassenlade öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="93"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="108"/>
        <source>Test receipt</source>
        <translation>Testbon</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="110"/>
        <source>As the printer will print it.</source>
        <translation>So, wie der Drucker ihn drucken wird.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="150"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>Logo des Shops wählen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="152"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="160"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="183"/>
        <source>Printing a test receipt on {where}…</source>
        <translation>Testbon wird gedruckt auf {where} …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="192"/>
        <source>Test receipt printed on {target}.</source>
        <translation>Testbon gedruckt auf {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="203"/>
        <source>Opening the drawer…</source>
        <translation>Kassenlade wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="208"/>
        <source>The drawer was sent its pulse.</source>
        <translation>Die Kassenlade hat ihren Impuls bekommen.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="215"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_dialog.py" line="259"/>
        <location filename="../../ui/printing/printer_dialog.py" line="261"/>
        <source>the printer</source>
        <translation>dem Drucker</translation>
    </message>
</context>
<context>
    <name>printing/printer_form</name>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="39"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="40"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="42"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="47"/>
        <source>The member pass, else the receipt link</source>
        <translation>Der Mitgliedsausweis, sonst der Bon-Link</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="49"/>
        <source>The member pass only</source>
        <translation>Nur der Mitgliedsausweis</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="50"/>
        <source>No QR code</source>
        <translation>Kein QR-Code</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="52"/>
        <source>The shop hub does not serve receipts online yet: set a link only when your own site shows a receipt at it. {sale_id} and {number} are filled in.</source>
        <translation>Der Shop-Hub stellt Bons noch nicht online bereit: Setzen Sie einen Link nur, wenn Ihre eigene Website dort einen Bon zeigt. {sale_id} und {number} werden eingesetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="123"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="126"/>
        <source>Receipts are saved as PDF or printed with the print dialog.</source>
        <translation>Bons werden als PDF gespeichert oder über den Druckdialog gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="133"/>
        <source>04b8:0202 (vendor:product, as lsusb shows)</source>
        <translation>04b8:0202 (Hersteller:Produkt, wie lsusb es zeigt)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="140"/>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="146"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="150"/>
        <source>58 mm · 32 characters</source>
        <translation>58 mm · 32 Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="151"/>
        <source>80 mm · 48 characters</source>
        <translation>80 mm · 48 Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="155"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="161"/>
        <source>The code pages the printer is asked to use. A line they cannot print (another script, a rare letter) is printed as an image instead.</source>
        <translation>Die Codepages, die der Drucker nutzen soll. Eine Zeile, die sie nicht drucken können (eine andere Schrift, ein seltener Buchstabe), wird stattdessen als Bild gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="168"/>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="174"/>
        <location filename="../../ui/printing/printer_form.py" line="291"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="178"/>
        <source>Choose logo…</source>
        <translation>Logo wählen …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="180"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="185"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="191"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="194"/>
        <source>Receipt link</source>
        <translation>Bon-Link</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="199"/>
        <source>Print a receipt after every sale</source>
        <translation>Nach jedem Verkauf einen Bon drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="203"/>
        <source>Open the cash drawer for cash sales</source>
        <translation>Bei Barverkäufen die Kassenlade öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="206"/>
        <source>Drawer on pin 2</source>
        <translation>Kassenlade an Pin 2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="207"/>
        <source>Drawer on pin 5</source>
        <translation>Kassenlade an Pin 5</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="208"/>
        <source>Cut the paper after each receipt</source>
        <translation>Papier nach jedem Bon abschneiden</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="219"/>
        <source>After a sale</source>
        <translation>Nach einem Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_form.py" line="307"/>
        <source>Write receipts to</source>
        <translation>Bons schreiben nach</translation>
    </message>
</context>
<context>
    <name>printing/printer_page</name>
    <message>
        <location filename="../../ui/printing/printer_page.py" line="20"/>
        <source>No receipt printer is set up on this stall: receipts are shown on screen and can be saved as PDF or printed through the system&apos;s print dialog.</source>
        <translation>An diesem Stand ist kein Bondrucker eingerichtet: Bons werden am Bildschirm gezeigt und können als PDF gespeichert oder über den Druckdialog des Systems gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_page.py" line="27"/>
        <source>after every sale</source>
        <translation>nach jedem Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_page.py" line="29"/>
        <source>when you tap Print</source>
        <translation>wenn Sie auf Drucken tippen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_page.py" line="32"/>
        <source> A cash sale opens the drawer.</source>
        <translation> Ein Barverkauf öffnet die Kassenlade.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_page.py" line="36"/>
        <source>Receipts print on {paper_mm} mm paper at {target_text}, {after}.{drawer}</source>
        <translation>Bons werden auf {paper_mm}-mm-Papier auf {target_text} gedruckt, {after}.{drawer}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_page.py" line="51"/>
        <source>Receipt printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_page.py" line="52"/>
        <source>Reading the printer settings…</source>
        <translation>Druckereinstellungen werden gelesen …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer_page.py" line="57"/>
        <source>Set up the receipt printer…</source>
        <translation>Bondrucker einrichten …</translation>
    </message>
</context>
<context>
    <name>printing/receipt_bar</name>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="63"/>
        <location filename="../../ui/printing/receipt_bar.py" line="112"/>
        <location filename="../../ui/printing/receipt_bar.py" line="155"/>
        <location filename="../../ui/printing/receipt_bar.py" line="178"/>
        <source>Reprint</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="67"/>
        <source>Print this receipt again on the receipt printer</source>
        <translation>Diesen Bon noch einmal auf dem Bondrucker drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="71"/>
        <source>Open drawer</source>
        <translation>Kassenlade öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="75"/>
        <source>Open the cash drawer without printing</source>
        <translation>Die Kassenlade öffnen, ohne zu drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="114"/>
        <source>Print receipt</source>
        <translation>Bon drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="128"/>
        <source>Printing the receipt…</source>
        <translation>Bon wird gedruckt …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="158"/>
        <source>Receipt printed on {target}.</source>
        <translation>Bon gedruckt auf {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="171"/>
        <source>Drawer opened.</source>
        <translation>Kassenlade geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="201"/>
        <source>Printing the receipt of sale {number}…</source>
        <translation>Bon von Verkauf {number} wird gedruckt …</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_bar.py" line="210"/>
        <source>Receipt of sale {number} printed on {target}.</source>
        <translation>Bon von Verkauf {number} gedruckt auf {target}.</translation>
    </message>
</context>
<context>
    <name>saving_dialog</name>
    <message>
        <location filename="../../ui/saving_dialog.py" line="52"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>sell/browser</name>
    <message>
        <location filename="../../ui/sell/browser.py" line="33"/>
        <source>Search or scan a product  (F2)</source>
        <translation>Produkt suchen oder scannen  (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/sell/browser.py" line="34"/>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/browser.py" line="44"/>
        <source>Scan a member pass (QR code) with the camera</source>
        <translation>Mitgliedsausweis (QR-Code) mit der Kamera scannen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/browser.py" line="47"/>
        <source>Scan a pass with the camera</source>
        <translation>Ausweis mit der Kamera scannen</translation>
    </message>
</context>
<context>
    <name>sell/camera_dialog</name>
    <message>
        <location filename="../../ui/sell/camera_dialog.py" line="21"/>
        <source>Scan with the camera</source>
        <translation>Mit der Kamera scannen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/camera_dialog.py" line="27"/>
        <source>Hold the member pass (its QR code) up to the camera</source>
        <translation>Den Mitgliedsausweis (seinen QR-Code) vor die Kamera halten</translation>
    </message>
    <message>
        <location filename="../../ui/sell/camera_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sell/cart_controller</name>
    <message>
        <location filename="../../ui/sell/cart_controller.py" line="84"/>
        <source>{name} is sold out.</source>
        <translation>{name} ist ausverkauft.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_controller.py" line="89"/>
        <source>All {have} of {name} left are already in this sale.</source>
        <translation>Alle {have} verbleibenden {name} sind schon in diesem Verkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_controller.py" line="96"/>
        <source>Only {have} of {name} left in stock.</source>
        <translation>Nur noch {have} × {name} auf Lager.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_controller.py" line="106"/>
        <source>One moment: the sale is being recorded.</source>
        <translation>Einen Moment: Der Verkauf wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_controller.py" line="132"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_controller.py" line="318"/>
        <source>{problem} {names} stayed in the sale (the removal was not recorded).</source>
        <translation>{problem} {names} bleibt im Verkauf (das Entfernen wurde nicht gespeichert).</translation>
    </message>
</context>
<context>
    <name>sell/cart_panel</name>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="52"/>
        <source>{rate} off</source>
        <translation>{rate} Rabatt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="54"/>
        <source>{amount} off</source>
        <translation>{amount} Rabatt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="88"/>
        <source>Tap for a line discount</source>
        <translation>Antippen für einen Positionsrabatt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="122"/>
        <source>One less</source>
        <translation>Eins weniger</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="129"/>
        <source>One more</source>
        <translation>Eins mehr</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="131"/>
        <source>Remove the line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="153"/>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="198"/>
        <source>Current sale</source>
        <translation>Aktueller Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="209"/>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="229"/>
        <source>Tap a product or scan a barcode
to start a sale</source>
        <translation>Produkt antippen oder Barcode scannen,
um einen Verkauf zu beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="254"/>
        <location filename="../../ui/sell/cart_panel.py" line="257"/>
        <source>Add member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="263"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="271"/>
        <source>Sell as a guest</source>
        <translation>Als Gast verkaufen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="285"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="286"/>
        <location filename="../../ui/sell/cart_panel.py" line="376"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="287"/>
        <location filename="../../ui/sell/cart_panel.py" line="385"/>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="296"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="322"/>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="324"/>
        <source>{count} items</source>
        <translation>{count} Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="363"/>
        <source>member prices</source>
        <translation>Mitgliederpreise</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="365"/>
        <source>member −{amount}</source>
        <translation>Mitglied −{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="369"/>
        <source>sale {discount_text}</source>
        <translation>Verkauf {discount_text}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="374"/>
        <source>Discounts ({join})</source>
        <translation>Rabatte ({join})</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="383"/>
        <source>Incl. tax</source>
        <translation>inkl. MwSt.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/cart_panel.py" line="423"/>
        <source>Member prices from a scanned pass</source>
        <translation>Mitgliederpreise aus einem gescannten Ausweis</translation>
    </message>
</context>
<context>
    <name>sell/category_chips</name>
    <message>
        <location filename="../../ui/sell/category_chips.py" line="58"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>sell/discount_dialog</name>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="30"/>
        <source>type a percentage</source>
        <translation>einen Prozentsatz eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="36"/>
        <source>{text!r} is not a percentage</source>
        <translation>{text!r} ist kein Prozentsatz</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="43"/>
        <source>a discount cannot be more than 100 %</source>
        <translation>ein Rabatt kann nicht mehr als 100 % sein</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="76"/>
        <source>Before discount: {amount}</source>
        <translation>Vor Rabatt: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="84"/>
        <source>Percent  %</source>
        <translation>Prozent  %</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="85"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="107"/>
        <source>Another value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="118"/>
        <source>Remove discount</source>
        <translation>Rabatt entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="122"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="124"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="154"/>
        <source>Another percentage, e.g. 12.5</source>
        <translation>Anderer Prozentsatz, z. B. 12,5</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="156"/>
        <source>Amount off</source>
        <translation>Rabattbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="185"/>
        <source>Discount on {display_name}</source>
        <translation>Rabatt auf {display_name}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/discount_dialog.py" line="200"/>
        <source>Discount on the whole sale</source>
        <translation>Rabatt auf den ganzen Verkauf</translation>
    </message>
</context>
<context>
    <name>sell/drop_flow</name>
    <message>
        <location filename="../../ui/sell/drop_flow.py" line="117"/>
        <source>The drops could not be read: {problem}</source>
        <translation>Die Drops konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_flow.py" line="190"/>
        <source>{name} is on the waitlist for {drop}.</source>
        <translation>{name} steht auf der Warteliste für {drop}.</translation>
    </message>
</context>
<context>
    <name>sell/drop_override</name>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="24"/>
        <source>Sell beyond this stall&apos;s share</source>
        <translation>Über das Kontingent dieses Stands hinaus verkaufen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="32"/>
        <source>{n} unit</source>
        <extracomment>(pin, reason) -&gt; the sale, recorded (runs on a worker).</extracomment>
        <translation>{n} Stück</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="34"/>
        <source>{n} units</source>
        <translation>{n} Stück</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="40"/>
        <source>This stall&apos;s share of {name} is {units}</source>
        <translation>Das Kontingent dieses Stands für {name} beträgt {units}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="44"/>
        <source>all sold here</source>
        <translation>hier alles verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="46"/>
        <source>only {left_here} left of it</source>
        <translation>davon nur noch {left_here} übrig</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="50"/>
        <source>{share}, {used}; this sale wants {wanted}. The edition still has {units}, so a manager may approve selling beyond the share. The sale is then flagged at the shop hub as an oversell for the owner to resolve.</source>
        <translation>{share}, {used}; dieser Verkauf braucht {wanted}. Die Auflage hat noch {units}, daher darf eine Leitung den Verkauf über den Anteil hinaus freigeben. Der Verkauf wird dann im Shop-Hub als Überverkauf markiert, den die Inhaberin klärt.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="60"/>
        <source>Sold beyond this stall&apos;s share of {name} with a manager&apos;s approval; it will be flagged at the shop hub for the owner to resolve.</source>
        <translation>Über den Anteil dieses Stands an {name} hinaus verkauft, mit Freigabe der Leitung; der Verkauf wird im Shop-Hub zur Klärung markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="72"/>
        <location filename="../../ui/sell/drop_override.py" line="77"/>
        <source>This stall&apos;s share is used up</source>
        <translation>Das Kontingent dieses Stands ist aufgebraucht</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="82"/>
        <location filename="../../ui/sell/drop_override.py" line="125"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="96"/>
        <source>This stall&apos;s share of {name} ({units}) is sold. The edition still has {units2}: add one beyond the share? A manager approves it with the PIN at payment, and the sale is flagged at the shop hub for the owner to resolve.</source>
        <translation>Der Anteil dieses Stands an {name} ({units}) ist verkauft. Die Auflage hat noch {units2}: eines über den Anteil hinaus hinzufügen? Eine Leitung gibt es beim Bezahlen mit der PIN frei, und der Verkauf wird im Shop-Hub zur Klärung markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="115"/>
        <location filename="../../ui/sell/drop_override.py" line="120"/>
        <source>This stall&apos;s share is sold</source>
        <translation>Das Kontingent dieses Stands ist verkauft</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="127"/>
        <source>Waitlist…</source>
        <translation>Warteliste …</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="130"/>
        <source>Add beyond the share</source>
        <translation>Über Kontingent hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="175"/>
        <source>A manager approves selling {name} beyond this stall&apos;s share. The sale will be flagged at the shop hub for the owner.</source>
        <translation>Eine Leitung gibt den Verkauf von {name} über den Anteil dieses Stands hinaus frei. Der Verkauf wird im Shop-Hub für die Inhaberin markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_override.py" line="182"/>
        <source>Why? (kept with the sale and shown at the hub)</source>
        <translation>Warum? (wird mit dem Verkauf gespeichert und im Hub angezeigt)</translation>
    </message>
</context>
<context>
    <name>sell/drop_tiles</name>
    <message>
        <location filename="../../ui/sell/drop_tiles.py" line="43"/>
        <source>Join the waitlist</source>
        <translation>Auf die Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_tiles.py" line="64"/>
        <source>Limit {limit} each</source>
        <translation>Max. {limit} pro Person</translation>
    </message>
    <message>
        <location filename="../../ui/sell/drop_tiles.py" line="146"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
</context>
<context>
    <name>sell/keypad</name>
    <message>
        <location filename="../../ui/sell/keypad.py" line="31"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/keypad.py" line="104"/>
        <source>Type an amount first.</source>
        <translation>Zuerst einen Betrag eingeben.</translation>
    </message>
</context>
<context>
    <name>sell/member_picker</name>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="40"/>
        <source>First visit</source>
        <translation>Erster Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="42"/>
        <source>1 visit</source>
        <translation>1 Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="44"/>
        <source>{visits} visits</source>
        <translation>{visits} Besuche</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="52"/>
        <source> · last {day}</source>
        <translation> · zuletzt {day}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="62"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="91"/>
        <source>Who is buying?</source>
        <translation>Wer kauft?</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="92"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="98"/>
        <source>Name, email or phone</source>
        <translation>Name, E-Mail oder Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="99"/>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="114"/>
        <location filename="../../ui/sell/member_picker.py" line="180"/>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="148"/>
        <source>Nobody matches “{text}”. Add them as a new member.</source>
        <translation>Niemand passt zu „{text}“. Als neues Mitglied anlegen.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="153"/>
        <source>No members yet.</source>
        <translation>Noch keine Mitglieder.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="191"/>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="196"/>
        <source>name@example.com (optional)</source>
        <translation>name@beispiel.de (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="198"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="202"/>
        <source>Optional, e.g. likes the Sage colourway</source>
        <translation>Optional, z. B. mag die Farbe Salbei</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="208"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="209"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="210"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="211"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="215"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_picker.py" line="218"/>
        <source>Save and add to sale</source>
        <translation>Speichern und zum Verkauf</translation>
    </message>
</context>
<context>
    <name>sell/member_sale</name>
    <message>
        <location filename="../../ui/sell/member_sale.py" line="47"/>
        <source>Pass valid to {day}</source>
        <translation>Ausweis gültig bis {day}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_sale.py" line="91"/>
        <source>Member −{rate} %</source>
        <translation>Mitglied −{rate} %</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_sale.py" line="94"/>
        <source>Member price</source>
        <translation>Mitgliederpreis</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_sale.py" line="135"/>
        <source>Member saving {amount} with {tier_name}.</source>
        <translation>Mitglied spart {amount} mit {tier_name}.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_sale.py" line="144"/>
        <source>no discount</source>
        <translation>kein Rabatt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_sale.py" line="147"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../ui/sell/member_sale.py" line="152"/>
        <source>{rate} % off {where}</source>
        <translation>{rate} % Rabatt auf {where}</translation>
    </message>
</context>
<context>
    <name>sell/parked</name>
    <message>
        <location filename="../../ui/sell/parked.py" line="46"/>
        <source>Park the sale</source>
        <translation>Verkauf parken</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="51"/>
        <source>Park this sale</source>
        <translation>Diesen Verkauf parken</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="56"/>
        <source>A label to find it again (optional)</source>
        <translation>Eine Bezeichnung zum Wiederfinden (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="65"/>
        <source>Park sale</source>
        <translation>Verkauf parken</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="83"/>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="84"/>
        <source>{n} items</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="88"/>
        <source>Parked sale</source>
        <translation>Geparkter Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="90"/>
        <source>{name}
{items} · {amount} · parked {when}</source>
        <translation>{name}
{items} · {amount} · geparkt {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="111"/>
        <location filename="../../ui/sell/parked.py" line="119"/>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="123"/>
        <source>The sale on screen ({current_summary}) will be parked first, so nothing is lost.</source>
        <translation>Der Verkauf auf dem Bildschirm ({current_summary}) wird zuerst geparkt, damit nichts verloren geht.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="137"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="143"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="162"/>
        <source>No parked sales.</source>
        <translation>Keine geparkten Verkäufe.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="198"/>
        <source>{items}, {amount}</source>
        <translation>{items}, {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="204"/>
        <source>There is nothing to park.</source>
        <translation>Es gibt nichts zu parken.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="224"/>
        <source>Sale parked. Resume it any time.</source>
        <translation>Verkauf geparkt. Jederzeit fortsetzbar.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/parked.py" line="261"/>
        <source>Parked sale resumed.</source>
        <translation>Geparkter Verkauf fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>sell/pass_flow</name>
    <message>
        <location filename="../../ui/sell/pass_flow.py" line="28"/>
        <source>A pass needs its holder: choose the member it is for (or add them as new).</source>
        <translation>Ein Ausweis braucht eine Inhaberin oder einen Inhaber: das Mitglied wählen, für das er ist (oder neu anlegen).</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_flow.py" line="80"/>
        <source>Who holds the pass?</source>
        <translation>Wem gehört der Ausweis?</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_flow.py" line="91"/>
        <source>{name} for {member} is in the sale.</source>
        <translation>{name} für {member} ist im Verkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_flow.py" line="113"/>
        <source>Pass refused: {message}</source>
        <translation>Ausweis abgelehnt: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_flow.py" line="125"/>
        <source> (not on this stall yet: sold as a guest)</source>
        <translation> (noch nicht an diesem Stand: als Gast verkauft)</translation>
    </message>
</context>
<context>
    <name>sell/pass_sheet</name>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="17"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="18"/>
        <source>{years} years</source>
        <translation>{years} Jahre</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="20"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="21"/>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="25"/>
        <source>No refund terms are set for this tier: ask the manager first.</source>
        <translation>Für diese Stufe sind keine Erstattungsbedingungen festgelegt: zuerst die Leitung fragen.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="34"/>
        <source>Can be transferred to another member at the stall (manager approval).</source>
        <translation>Kann am Stand auf ein anderes Mitglied übertragen werden (mit Freigabe der Leitung).</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="38"/>
        <source>Personal: it cannot be transferred.</source>
        <translation>Persönlich: nicht übertragbar.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="66"/>
        <source>Member pass · valid {validity_text} from today</source>
        <translation>Mitgliedsausweis · gültig {validity_text} ab heute</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="78"/>
        <source>What the member gets</source>
        <translation>Was das Mitglied bekommt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="87"/>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="88"/>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="96"/>
        <location filename="../../ui/sell/pass_sheet.py" line="104"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="98"/>
        <source>Issued to {holder_name}</source>
        <translation>Ausgestellt für {holder_name}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="106"/>
        <source>A pass needs its holder: choose the member it is for.</source>
        <translation>Ein Ausweis braucht eine Inhaberin oder einen Inhaber: das Mitglied wählen, für das er ist.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="116"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="120"/>
        <source>Add to sale</source>
        <translation>Zum Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/sell/pass_sheet.py" line="125"/>
        <source>Choose the holder…</source>
        <translation>Inhaber wählen …</translation>
    </message>
</context>
<context>
    <name>sell/payment</name>
    <message>
        <location filename="../../ui/sell/payment.py" line="58"/>
        <source>Add something to the sale first.</source>
        <translation>Zuerst etwas zum Verkauf hinzufügen.</translation>
    </message>
</context>
<context>
    <name>sell/product_grid</name>
    <message>
        <location filename="../../ui/sell/product_grid.py" line="78"/>
        <source>{name}, drop, {label}, {scarcity}</source>
        <translation>{name}, Drop, {label}, {scarcity}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/product_grid.py" line="208"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
</context>
<context>
    <name>sell/receipt_print</name>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="69"/>
        <source>Member: {member_name}</source>
        <translation>Mitglied: {member_name}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="83"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="86"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="89"/>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="92"/>
        <source>Tip</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="94"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="100"/>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="104"/>
        <source>incl.</source>
        <translation>inkl.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="106"/>
        <source>on</source>
        <translation>auf</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="110"/>
        <source>Tax {rate} {word} {amount}</source>
        <translation>MwSt. {rate} {word} {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_print.py" line="136"/>
        <source>Receipt roll</source>
        <translation>Bonrolle</translation>
    </message>
</context>
<context>
    <name>sell/receipt_view</name>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="51"/>
        <source>Receipt</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="105"/>
        <source>Save PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="110"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="118"/>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="121"/>
        <location filename="../../ui/sell/widgets.py" line="74"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="132"/>
        <source>Change due</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="135"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="138"/>
        <source>Sale {number}</source>
        <translation>Verkauf {number}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="139"/>
        <source>{amount} paid</source>
        <translation>{amount} bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="145"/>
        <source>tip {amount}</source>
        <translation>Trinkgeld {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="201"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="204"/>
        <source>Member saving</source>
        <translation>Mitgliederersparnis</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="207"/>
        <source>Incl. tax</source>
        <translation>inkl. MwSt.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="209"/>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="235"/>
        <source>Save the receipt</source>
        <translation>Bon speichern</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="236"/>
        <source>receipt-{number}.pdf</source>
        <translation>bon-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="247"/>
        <source>Saving the PDF…</source>
        <translation>PDF wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="259"/>
        <source>Saved {name} in {parent}</source>
        <translation>{name} in {parent} gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="272"/>
        <source>Print the receipt</source>
        <translation>Bon drucken</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="285"/>
        <source>The receipt could not be printed ({exc}).</source>
        <translation>Der Bon konnte nicht gedruckt werden ({exc}).</translation>
    </message>
    <message>
        <location filename="../../ui/sell/receipt_view.py" line="291"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>sell/sale_actions</name>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="28"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="33"/>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="36"/>
        <source>Park the sale (F8)</source>
        <translation>Verkauf parken (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="39"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="42"/>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="45"/>
        <location filename="../../ui/sell/sale_actions.py" line="98"/>
        <source>Clear sale</source>
        <translation>Verkauf leeren</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="60"/>
        <location filename="../../ui/sell/sale_actions.py" line="78"/>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="64"/>
        <source>Pay (F4)</source>
        <translation>Bezahlen (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="75"/>
        <source>Recording the sale…</source>
        <translation>Verkauf wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="80"/>
        <source>Pay {total}</source>
        <translation>{total} bezahlen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sale_actions.py" line="93"/>
        <source>Tap again to clear</source>
        <translation>Zum Leeren erneut tippen</translation>
    </message>
</context>
<context>
    <name>sell/sell_screen</name>
    <message>
        <location filename="../../ui/sell/sell_screen.py" line="224"/>
        <source>{name} is sold out.</source>
        <translation>{name} ist ausverkauft.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sell_screen.py" line="262"/>
        <source>the pass was not added</source>
        <translation>der Ausweis wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sell_screen.py" line="264"/>
        <source>{code} was not added</source>
        <translation>{code} wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sell_screen.py" line="267"/>
        <source>Finish the payment first; {what}.</source>
        <translation>Zuerst die Zahlung abschließen; {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sell_screen.py" line="287"/>
        <source>No product with code {code}.</source>
        <translation>Kein Produkt mit dem Code {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sell_screen.py" line="311"/>
        <source>Add something to the sale first.</source>
        <translation>Zuerst etwas zum Verkauf hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sell_screen.py" line="323"/>
        <source>Sale cleared; the removed lines are recorded.</source>
        <translation>Verkauf geleert; die entfernten Positionen sind protokolliert.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/sell_screen.py" line="372"/>
        <source>The sale was not recorded: {problem}</source>
        <translation>Der Verkauf wurde nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>sell/tender_dialog</name>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="57"/>
        <source>Take payment</source>
        <translation>Zahlung annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="71"/>
        <location filename="../../ui/sell/tender_dialog.py" line="242"/>
        <source>Amount due</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="101"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="43"/>
        <source>How is the customer paying?</source>
        <translation>Wie zahlt die Kundschaft?</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="46"/>
        <location filename="../../ui/sell/tender_pages.py" line="56"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="49"/>
        <location filename="../../ui/sell/tender_pages.py" line="57"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="52"/>
        <source>Split payment</source>
        <translation>Geteilte Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="84"/>
        <location filename="../../ui/sell/tender_pages.py" line="137"/>
        <source>Cash received</source>
        <translation>Erhaltenes Bargeld</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="102"/>
        <source>Other amount</source>
        <translation>Anderer Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="109"/>
        <location filename="../../ui/sell/tender_pages.py" line="160"/>
        <source>Take cash</source>
        <translation>Bar kassieren</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="176"/>
        <source>Taken on the card terminal. When it shows Approved, tap Card approved.</source>
        <translation>Wird am Kartenterminal bezahlt. Sobald es „Genehmigt“ zeigt, auf „Karte genehmigt“ tippen.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="187"/>
        <source>Terminal reference (optional)</source>
        <translation>Terminal-Referenz (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="193"/>
        <source>Card approved</source>
        <translation>Karte genehmigt</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="214"/>
        <source>How much is paid now?</source>
        <translation>Wie viel wird jetzt bezahlt?</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="217"/>
        <source>Amount of this part</source>
        <translation>Betrag dieses Teils</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="226"/>
        <source>This part by card</source>
        <translation>Dieser Teil mit Karte</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="229"/>
        <source>This part in cash</source>
        <translation>Dieser Teil bar</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="236"/>
        <source>This part</source>
        <translation>Dieser Teil</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="240"/>
        <source>Left to pay</source>
        <translation>Noch zu zahlen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="248"/>
        <source>Includes a {amount} tip</source>
        <translation>Inklusive {amount} Trinkgeld</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="123"/>
        <source>Exact  {amount}</source>
        <translation>Passend  {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="158"/>
        <source>Take {amount}</source>
        <translation>{amount} kassieren</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="286"/>
        <source>That is {amount} less than {due}.</source>
        <translation>Das sind {amount} weniger als {due}.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="201"/>
        <source>Take {amount} on the card terminal</source>
        <translation>{amount} am Kartenterminal kassieren</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="242"/>
        <source>Half: {amount}</source>
        <translation>Hälfte: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="328"/>
        <source>That is more than the {amount} left to pay.</source>
        <translation>Das ist mehr als die noch zu zahlenden {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="254"/>
        <source>Paid so far: {paid}</source>
        <translation>Bisher bezahlt: {paid}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="147"/>
        <source>Short by</source>
        <translation>Es fehlen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_pages.py" line="152"/>
        <source>Change due</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="323"/>
        <source>A part must be more than zero.</source>
        <translation>Ein Teil muss mehr als null sein.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="358"/>
        <source>{taken} already taken: give it back before cancelling. Tap Cancel again to cancel.</source>
        <translation>{taken} schon angenommen: Vor dem Abbrechen zurückgeben. Zum Abbrechen noch einmal auf Abbrechen tippen.</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tender_dialog.py" line="364"/>
        <source>Cancel anyway</source>
        <translation>Trotzdem abbrechen</translation>
    </message>
</context>
<context>
    <name>sell/tiles</name>
    <message>
        <location filename="../../ui/sell/tiles.py" line="72"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tiles.py" line="74"/>
        <source>Only {stock} left</source>
        <translation>Nur noch {stock}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tiles.py" line="75"/>
        <source>{stock} in stock</source>
        <translation>{stock} auf Lager</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tiles.py" line="85"/>
        <source>from {text}</source>
        <translation>ab {text}</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tiles.py" line="277"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>sell/tip_page</name>
    <message>
        <location filename="../../ui/sell/tip_page.py" line="33"/>
        <source>Add a tip?</source>
        <translation>Trinkgeld hinzufügen?</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tip_page.py" line="47"/>
        <source>Another tip amount</source>
        <translation>Anderer Trinkgeldbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tip_page.py" line="53"/>
        <source>Add tip</source>
        <translation>Trinkgeld hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tip_page.py" line="57"/>
        <source>Custom</source>
        <translation>Eigener Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/sell/tip_page.py" line="61"/>
        <source>No tip</source>
        <translation>Kein Trinkgeld</translation>
    </message>
</context>
<context>
    <name>sell/variant_picker</name>
    <message>
        <location filename="../../ui/sell/variant_picker.py" line="62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/sell/variant_picker.py" line="73"/>
        <source> · {in_cart} in sale</source>
        <translation> · {in_cart} im Verkauf</translation>
    </message>
</context>
<context>
    <name>sell/widgets</name>
    <message>
        <location filename="../../ui/sell/widgets.py" line="276"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/sell/widgets.py" line="277"/>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>services/appearance</name>
    <message>
        <location filename="../../services/appearance.py" line="48"/>
        <source>The look is light, dark or the system&apos;s, not {choice}.</source>
        <translation>Das Aussehen ist hell, dunkel oder wie im System, nicht {choice}.</translation>
    </message>
</context>
<context>
    <name>services/backups</name>
    <message>
        <location filename="../../services/backups.py" line="86"/>
        <source>keep between {keep_min} and {keep_max} backups</source>
        <translation>zwischen {keep_min} und {keep_max} Sicherungen behalten</translation>
    </message>
</context>
<context>
    <name>services/bookings</name>
    <message>
        <location filename="../../services/bookings.py" line="59"/>
        <source>that pass is not on this device</source>
        <translation>dieser Ausweis ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="66"/>
        <source>{exc} The session is on {day}.</source>
        <translation>{exc} Der Termin ist am {day}.</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="73"/>
        <source>this pass has not synced to this stall yet; sync, then try again</source>
        <translation>dieser Ausweis ist noch nicht an diesen Stand synchronisiert; synchronisieren, dann erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="192"/>
        <source>{title} was cancelled</source>
        <translation>{title} wurde abgesagt</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="196"/>
        <source>{title} has started; members check in at the door</source>
        <translation>{title} hat begonnen; Mitglieder melden sich am Einlass an</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="204"/>
        <source>{title} is not open to {tier_name} passes</source>
        <translation>{title} ist nicht offen für Ausweise der Stufe {tier_name}</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="211"/>
        <source>Booking for {title} opens to all members on {opens}; {tier_name} passes cannot book before then</source>
        <translation>Die Buchung für {title} öffnet für alle Mitglieder am {opens}; Ausweise der Stufe {tier_name} können vorher nicht buchen</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="219"/>
        <source>{name} has already checked in to {title}</source>
        <translation>{name} ist bei {title} schon eingelassen</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="226"/>
        <source>is on the waitlist</source>
        <translation>steht auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="228"/>
        <source>already has a seat</source>
        <translation>hat schon einen Platz</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="231"/>
        <source>{name} {where} for {title}</source>
        <translation>{name} {where} für {title}</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="244"/>
        <source>{name} has a seat at {title} on {starts_at}</source>
        <translation>{name} hat einen Platz bei {title} am {starts_at}</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="248"/>
        <source>{title} is full: {name} is number {position} on the waitlist</source>
        <translation>{title} ist ausgebucht: {name} ist Nummer {position} auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="266"/>
        <source>that booking is not on this device</source>
        <translation>diese Buchung ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="269"/>
        <source>that booking is already cancelled</source>
        <translation>diese Buchung ist schon storniert</translation>
    </message>
    <message>
        <location filename="../../services/bookings.py" line="272"/>
        <source>the member has already checked in; the booking was used</source>
        <translation>das Mitglied ist schon eingelassen; die Buchung wurde genutzt</translation>
    </message>
</context>
<context>
    <name>services/calendar</name>
    <message>
        <location filename="../../services/calendar.py" line="51"/>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="160"/>
        <source>that session is not on this device</source>
        <translation>dieser Termin ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="210"/>
        <source>a session needs a title</source>
        <translation>ein Termin braucht einen Titel</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="213"/>
        <source>a title or venue is at most 120 characters</source>
        <translation>Titel und Ort haben höchstens 120 Zeichen</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="217"/>
        <source>a session lasts from 1 minute to 24 hours</source>
        <translation>ein Termin dauert 1 Minute bis 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="221"/>
        <source>a session has 1 to {n} seats</source>
        <translation>ein Termin hat 1 bis {n} Plätze</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="225"/>
        <source>the 1:1 minutes a session costs run from 0 to 1440</source>
        <translation>die 1:1-Minuten, die ein Termin kostet, liegen zwischen 0 und 1440</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="231"/>
        <source>a tier chosen for this session no longer exists; choose again</source>
        <translation>eine für diesen Termin gewählte Stufe gibt es nicht mehr; bitte neu wählen</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="237"/>
        <source>a priority tier must also be allowed in the session</source>
        <translation>eine Stufe mit Vorrang muss für den Termin auch zugelassen sein</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="241"/>
        <source>say when booking opens to every member (after the priority tiers)</source>
        <translation>angeben, wann die Buchung für alle Mitglieder öffnet (nach den Stufen mit Vorrang)</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="249"/>
        <source>booking must open to all members before the session starts</source>
        <translation>die Buchung muss für alle Mitglieder vor Beginn des Termins öffnen</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="269"/>
        <source>a session must start in the future</source>
        <translation>ein Termin muss in der Zukunft beginnen</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="291"/>
        <source>{title} was cancelled; create a new session instead</source>
        <translation>{title} wurde abgesagt; stattdessen einen neuen Termin anlegen</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="297"/>
        <source>{taken} seats are already taken; the capacity cannot go below that</source>
        <translation>{taken} Plätze sind schon vergeben; weniger Plätze gehen nicht</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="324"/>
        <source>{title} is already cancelled</source>
        <translation>{title} ist schon abgesagt</translation>
    </message>
    <message>
        <location filename="../../services/calendar.py" line="330"/>
        <source>members have checked in to {title}; it took place</source>
        <translation>zu {title} wurden schon Mitglieder eingelassen; der Termin hat stattgefunden</translation>
    </message>
</context>
<context>
    <name>services/catalog</name>
    <message>
        <location filename="../../services/catalog.py" line="223"/>
        <source>a product needs a name</source>
        <translation>ein Produkt braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="226"/>
        <source>a product name is at most 120 characters</source>
        <translation>ein Produktname hat höchstens 120 Zeichen</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="230"/>
        <source>the tax rate must be between 0 and 100 %</source>
        <translation>der Steuersatz muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="234"/>
        <source>the story hook is at most {max_story_words} words</source>
        <translation>der Aufhänger hat höchstens {max_story_words} Wörter</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="239"/>
        <source>a product needs at least one variant</source>
        <translation>ein Produkt braucht mindestens eine Variante</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="242"/>
        <source>each variant needs its own SKU</source>
        <translation>jede Variante braucht ihre eigene SKU</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="245"/>
        <source>every variant needs a SKU</source>
        <translation>jede Variante braucht eine SKU</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="247"/>
        <source>a price cannot be negative</source>
        <translation>ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="249"/>
        <source>that price is too large</source>
        <translation>dieser Preis ist zu hoch</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="251"/>
        <source>stock cannot be negative</source>
        <translation>der Bestand kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="253"/>
        <location filename="../../services/catalog.py" line="403"/>
        <source>that stock count is too large</source>
        <translation>diese Bestandszahl ist zu groß</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="286"/>
        <source>those SKUs belong to different products</source>
        <translation>diese SKUs gehören zu verschiedenen Produkten</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="312"/>
        <source>barcode {barcode} is already used by SKU {sku}; each barcode belongs to one product</source>
        <translation>Barcode {barcode} wird schon von SKU {sku} verwendet; jeder Barcode gehört zu einem Produkt</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="401"/>
        <source>a stock count cannot be negative</source>
        <translation>eine Bestandszahl kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="407"/>
        <source>that product no longer exists</source>
        <translation>dieses Produkt gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>services/catalog_csv</name>
    <message>
        <location filename="../../services/catalog_csv.py" line="66"/>
        <source>Line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="93"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="97"/>
        <source>{text!r} is not a percent</source>
        <translation>{text!r} ist kein Prozentwert</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="101"/>
        <source>is more than 100 %</source>
        <translation>ist mehr als 100 %</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="112"/>
        <source>the file is larger than 20 MB</source>
        <translation>die Datei ist größer als 20 MB</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="120"/>
        <source>the file cannot be read ({strerror})</source>
        <translation>die Datei kann nicht gelesen werden ({strerror})</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="139"/>
        <source>the file is empty or not a CSV file</source>
        <translation>die Datei ist leer oder keine CSV-Datei</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="148"/>
        <source>the header lacks the column(s): {missing}</source>
        <translation>in der Kopfzeile fehlen die Spalte(n): {missing}</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="159"/>
        <source>unknown column(s): {unknown}</source>
        <translation>unbekannte Spalte(n): {unknown}</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="179"/>
        <source>more than {max_rows} rows</source>
        <translation>mehr als {max_rows} Zeilen</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="189"/>
        <source>{cells} cells but the header has {columns}</source>
        <translation>{cells} Zellen, aber die Kopfzeile hat {columns}</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="217"/>
        <source>product {name!r} is left out whole until line {line} is fixed</source>
        <translation>Produkt {name!r} wird ganz ausgelassen, bis Zeile {line} korrigiert ist</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="268"/>
        <source>SKU {sku!r} is also on line {line}</source>
        <translation>SKU {sku!r} steht auch in Zeile {line}</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="276"/>
        <source>price {price!r}: {exc}</source>
        <translation>Preis {price!r}: {exc}</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="280"/>
        <source>price {price!r} is too large</source>
        <translation>Preis {price!r} ist zu hoch</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="292"/>
        <source>tax rate {tax_rate!r} {exc}</source>
        <translation>Steuersatz {tax_rate!r} {exc}</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="302"/>
        <source>barcode {barcode!r} is also on line {line}</source>
        <translation>Barcode {barcode!r} steht auch in Zeile {line}</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="207"/>
        <source>the CSV is broken here ({exc})</source>
        <translation>die CSV ist hier fehlerhaft ({exc})</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="249"/>
        <source>product {name!r}: {exc}</source>
        <translation>Produkt {name!r}: {exc}</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="264"/>
        <source>the product name is empty</source>
        <translation>der Produktname ist leer</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="266"/>
        <source>the SKU is empty</source>
        <translation>die SKU ist leer</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="272"/>
        <source>the price is empty</source>
        <translation>der Preis ist leer</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="285"/>
        <source>stock {stock!r} is not a whole number of 0 or more</source>
        <translation>Bestand {stock!r} ist keine ganze Zahl ab 0</translation>
    </message>
    <message>
        <location filename="../../services/catalog_csv.py" line="296"/>
        <source>the story hook is longer than {max_story_words} words</source>
        <translation>der Aufhänger ist länger als {max_story_words} Wörter</translation>
    </message>
</context>
<context>
    <name>services/checkin</name>
    <message>
        <location filename="../../services/checkin.py" line="94"/>
        <source>Pass transferred</source>
        <translation>Ausweis übertragen</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="95"/>
        <source>Pass refunded</source>
        <translation>Ausweis erstattet</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="109"/>
        <source>Pass expired on {valid_until}</source>
        <translation>Ausweis abgelaufen am {valid_until}</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="113"/>
        <source>Pass valid from {valid_from}</source>
        <translation>Ausweis gültig ab {valid_from}</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="122"/>
        <source>Not a member pass</source>
        <translation>Kein Mitgliedsausweis</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="124"/>
        <source>Pass not accepted</source>
        <translation>Ausweis nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="167"/>
        <source>All {capacity} seats are taken or booked; booked seats are held until {until}</source>
        <translation>Alle {capacity} Plätze sind belegt oder gebucht; gebuchte Plätze werden bis {until} freigehalten</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="171"/>
        <source>All {capacity} seats are taken</source>
        <translation>Alle {capacity} Plätze sind belegt</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="182"/>
        <source>{title} was cancelled</source>
        <translation>{title} wurde abgesagt</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="185"/>
        <source>Check-in has not opened</source>
        <translation>Der Einlass ist noch nicht offen</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="185"/>
        <source>{title} starts on {starts_at}; </source>
        <translation>{title} beginnt am {starts_at}; </translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="188"/>
        <source>check-in opens at {opens}</source>
        <translation>Einlass ab {opens}</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="191"/>
        <source>{title} has ended</source>
        <translation>{title} ist beendet</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="191"/>
        <source>It ended at {ends_at}</source>
        <translation>Er endete um {ends_at}</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="195"/>
        <source>Not open to {tier_name} passes</source>
        <translation>Nicht offen für Ausweise der Stufe {tier_name}</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="197"/>
        <source>{title} is for other tiers</source>
        <translation>{title} ist für andere Stufen</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="200"/>
        <source>Session full</source>
        <translation>Termin ausgebucht</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="203"/>
        <source>No sessions left</source>
        <translation>Keine Termine mehr übrig</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="203"/>
        <source>All {included_sessions} included sessions are used</source>
        <translation>Alle {included_sessions} enthaltenen Termine sind genutzt</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="208"/>
        <source>Not enough 1:1 minutes</source>
        <translation>Nicht genug 1:1-Minuten</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="246"/>
        <source> on {device_name}</source>
        <translation> auf {device_name}</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="252"/>
        <source>Already checked in at {created_at}{where}</source>
        <translation>Schon eingelassen um {created_at}{where}</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="278"/>
        <source>{left} of {one_to_one_minutes} 1:1 minutes left</source>
        <translation>{left} von {one_to_one_minutes} 1:1-Minuten übrig</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="285"/>
        <source>{left} of {n} included sessions left</source>
        <translation>{left} von {n} enthaltenen Terminen übrig</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="291"/>
        <source>Checked in to {title}</source>
        <translation>Eingelassen zu {title}</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="327"/>
        <source>A member</source>
        <translation>Ein Mitglied</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="328"/>
        <source>a device</source>
        <translation>einem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="329"/>
        <source>another device</source>
        <translation>einem anderen Gerät</translation>
    </message>
    <message>
        <location filename="../../services/checkin.py" line="330"/>
        <source>{member} was checked in twice to {session_title}: {at} on {kept_on} (counted) and {at2} on {duplicate_on} (duplicate)</source>
        <translation>{member} wurde zweimal zu {session_title} eingelassen: {at} auf {kept_on} (gezählt) und {at2} auf {duplicate_on} (doppelt)</translation>
    </message>
</context>
<context>
    <name>services/checkout</name>
    <message>
        <location filename="../../services/checkout.py" line="87"/>
        <source>the cart is empty</source>
        <translation>der Verkauf ist leer</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="115"/>
        <source>a pass needs its holder: attach a member to the sale first</source>
        <translation>ein Ausweis braucht eine Inhaberin oder einen Inhaber: zuerst ein Mitglied zum Verkauf hinzufügen</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="123"/>
        <source>{display_name} is no longer in the catalogue</source>
        <translation>{display_name} ist nicht mehr im Sortiment</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="130"/>
        <source>a product of a drop in this sale is no longer in the catalogue</source>
        <translation>ein Produkt eines Drops in diesem Verkauf ist nicht mehr im Sortiment</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="139"/>
        <source>only {have} of {name} left in stock</source>
        <translation>nur noch {have} × {name} auf Lager</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="143"/>
        <source>only {have} left in stock of a product in a drop of this sale</source>
        <translation>nur noch {have} auf Lager von einem Produkt eines Drops in diesem Verkauf</translation>
    </message>
    <message>
        <location filename="../../services/checkout.py" line="149"/>
        <source>that member is not on this device</source>
        <translation>dieses Mitglied ist nicht auf diesem Gerät</translation>
    </message>
</context>
<context>
    <name>services/conflicts</name>
    <message>
        <location filename="../../services/conflicts.py" line="82"/>
        <source>say who resolved it</source>
        <translation>angeben, wer es gelöst hat</translation>
    </message>
    <message>
        <location filename="../../services/conflicts.py" line="87"/>
        <source>that conflict is not on this device</source>
        <translation>dieser Konflikt ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/conflicts.py" line="96"/>
        <source>that conflict was already resolved by {name}</source>
        <translation>dieser Konflikt wurde schon von {name} gelöst</translation>
    </message>
</context>
<context>
    <name>services/drop_counts</name>
    <message>
        <location filename="../../services/drop_counts.py" line="127"/>
        <source>d MMM HH:mm</source>
        <extracomment>a Babel/CLDR date pattern: day, short month, 24-hour time</extracomment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../../services/drop_counts.py" line="295"/>
        <source>that drop is not on this device</source>
        <extracomment>A drop&apos;s stored row (Core rows: attribute access by column name).</extracomment>
        <translation>dieser Drop ist nicht auf diesem Gerät</translation>
    </message>
</context>
<context>
    <name>services/drop_sales</name>
    <message>
        <location filename="../../services/drop_sales.py" line="44"/>
        <source>{name} is sold out.</source>
        <translation>{name} ist ausverkauft.</translation>
    </message>
    <message>
        <location filename="../../services/drop_sales.py" line="45"/>
        <source>{name}: only {remaining} left.</source>
        <translation>{name}: nur noch {remaining} übrig.</translation>
    </message>
    <message>
        <location filename="../../services/drop_sales.py" line="142"/>
        <source>a drop in this sale is no longer on this device</source>
        <translation>ein Drop in diesem Verkauf ist nicht mehr auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/drop_sales.py" line="172"/>
        <location filename="../../services/drop_sales.py" line="197"/>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
</context>
<context>
    <name>services/drop_waitlist</name>
    <message>
        <location filename="../../services/drop_waitlist.py" line="53"/>
        <source>enter a name</source>
        <translation>einen Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../services/drop_waitlist.py" line="56"/>
        <source>enter an email address or a phone number to reach them</source>
        <translation>eine E-Mail-Adresse oder Telefonnummer eingeben, unter der die Person erreichbar ist</translation>
    </message>
    <message>
        <location filename="../../services/drop_waitlist.py" line="62"/>
        <source>“{email}” is not an email address</source>
        <translation>„{email}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../services/drop_waitlist.py" line="68"/>
        <source>“{phone}” is not a phone number</source>
        <translation>„{phone}“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../services/drop_waitlist.py" line="74"/>
        <source>they need to agree to be contacted before they can join</source>
        <translation>die Person muss der Kontaktaufnahme zustimmen, bevor sie sich eintragen kann</translation>
    </message>
    <message>
        <location filename="../../services/drop_waitlist.py" line="83"/>
        <source>that drop is not on this device</source>
        <translation>dieser Drop ist nicht auf diesem Gerät</translation>
    </message>
</context>
<context>
    <name>services/drops</name>
    <message>
        <location filename="../../services/drops.py" line="113"/>
        <source>give the drop a name</source>
        <translation>dem Drop einen Namen geben</translation>
    </message>
    <message>
        <location filename="../../services/drops.py" line="115"/>
        <source>a price cannot be negative</source>
        <translation>ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../services/drops.py" line="117"/>
        <source>choose at least one product for the drop</source>
        <translation>mindestens ein Produkt für den Drop wählen</translation>
    </message>
    <message>
        <location filename="../../services/drops.py" line="120"/>
        <source>a product appears twice in the drop; set its quantity instead</source>
        <translation>ein Produkt ist zweimal im Drop; stattdessen seine Menge einstellen</translation>
    </message>
    <message>
        <location filename="../../services/drops.py" line="125"/>
        <source>each part&apos;s quantity must be 1 to 100</source>
        <translation>die Menge jedes Teils muss 1 bis 100 betragen</translation>
    </message>
    <message>
        <location filename="../../services/drops.py" line="150"/>
        <source>a product of the drop is no longer in the catalogue</source>
        <translation>ein Produkt des Drops ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <location filename="../../services/drops.py" line="178"/>
        <location filename="../../services/drops.py" line="241"/>
        <source>that drop is not on this device</source>
        <translation>dieser Drop ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/drops.py" line="183"/>
        <source>{net} are sold already: the edition size cannot be smaller than that</source>
        <translation>{net} sind schon verkauft: kleiner kann die Auflage nicht sein</translation>
    </message>
    <message>
        <location filename="../../services/drops.py" line="198"/>
        <source>this drop has sold: its products can no longer change</source>
        <translation>von diesem Drop wurde schon verkauft: seine Produkte lassen sich nicht mehr ändern</translation>
    </message>
    <message>
        <location filename="../../services/drops.py" line="243"/>
        <source>this drop has ended already</source>
        <translation>dieser Drop ist schon beendet</translation>
    </message>
</context>
<context>
    <name>services/kiosk_mode</name>
    <message>
        <location filename="../../services/kiosk_mode.py" line="78"/>
        <source>Set a manager PIN first: it is what lets you leave kiosk mode (Settings, Manager PIN).</source>
        <translation>Zuerst eine Manager-PIN festlegen: mit ihr verlässt man den Kiosk-Modus (Einstellungen, Manager-PIN).</translation>
    </message>
    <message>
        <location filename="../../services/kiosk_mode.py" line="88"/>
        <source>{title} was cancelled; choose another session.</source>
        <translation>{title} wurde abgesagt; bitte eine andere Session wählen.</translation>
    </message>
    <message>
        <location filename="../../services/kiosk_mode.py" line="127"/>
        <source>Kiosk mode is on, but no manager PIN is set; it stays off.</source>
        <translation>Der Kiosk-Modus ist an, aber es ist keine Manager-PIN gesetzt; er bleibt aus.</translation>
    </message>
    <message>
        <location filename="../../services/kiosk_mode.py" line="139"/>
        <source>Kiosk mode&apos;s session is no longer on this stall; choose another.</source>
        <translation>Die Session des Kiosk-Modus ist nicht mehr an diesem Stand; bitte eine andere wählen.</translation>
    </message>
    <message>
        <location filename="../../services/kiosk_mode.py" line="148"/>
        <source>Kiosk mode&apos;s session, {title}, was cancelled.</source>
        <translation>Die Session des Kiosk-Modus, {title}, wurde abgesagt.</translation>
    </message>
    <message>
        <location filename="../../services/kiosk_mode.py" line="155"/>
        <source>Kiosk mode&apos;s session, {title}, ended at {time}; choose the next one in Settings.</source>
        <translation>Die Session des Kiosk-Modus, {title}, endete um {time}; bitte in den Einstellungen die nächste wählen.</translation>
    </message>
    <message>
        <location filename="../../services/kiosk_mode.py" line="169"/>
        <source>Kiosk mode is on, but no session is on or still to come today.</source>
        <translation>Der Kiosk-Modus ist an, aber heute läuft keine Session und es kommt auch keine mehr.</translation>
    </message>
</context>
<context>
    <name>services/live</name>
    <message>
        <location filename="../../services/live.py" line="28"/>
        <source>Live stream</source>
        <translation>Livestream</translation>
    </message>
    <message>
        <location filename="../../services/live.py" line="30"/>
        <source>Q&amp;A</source>
        <translation>Fragerunde</translation>
    </message>
    <message>
        <location filename="../../services/live.py" line="31"/>
        <source>Live moment</source>
        <translation>Live-Moment</translation>
    </message>
    <message>
        <location filename="../../services/live.py" line="100"/>
        <source>give the live session a title (what is happening?)</source>
        <translation>dem Live-Termin einen Titel geben (was passiert gerade?)</translation>
    </message>
    <message>
        <location filename="../../services/live.py" line="104"/>
        <source>unknown kind of live session: {kind}</source>
        <translation>unbekannte Art von Live-Termin: {kind}</translation>
    </message>
    <message>
        <location filename="../../services/live.py" line="111"/>
        <source>a live session is running already: end it first</source>
        <translation>es läuft schon ein Live-Termin: zuerst beenden</translation>
    </message>
    <message>
        <location filename="../../services/live.py" line="148"/>
        <location filename="../../services/live.py" line="185"/>
        <source>that live session is not on this device</source>
        <translation>dieser Live-Termin ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/live.py" line="151"/>
        <source>that live session has ended already</source>
        <translation>dieser Live-Termin ist schon beendet</translation>
    </message>
</context>
<context>
    <name>services/members</name>
    <message>
        <location filename="../../services/members.py" line="69"/>
        <source>a member needs a name</source>
        <translation>ein Mitglied braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../services/members.py" line="71"/>
        <source>a name is at most 120 characters</source>
        <translation>ein Name hat höchstens 120 Zeichen</translation>
    </message>
    <message>
        <location filename="../../services/members.py" line="74"/>
        <source>{email!r} does not look like an email address</source>
        <translation>{email!r} sieht nicht wie eine E-Mail-Adresse aus</translation>
    </message>
    <message>
        <location filename="../../services/members.py" line="80"/>
        <source>{phone!r} does not look like a phone number</source>
        <translation>{phone!r} sieht nicht wie eine Telefonnummer aus</translation>
    </message>
    <message>
        <location filename="../../services/members.py" line="90"/>
        <source>a member with {email} already exists; search for them</source>
        <translation>ein Mitglied mit {email} gibt es schon; suchen Sie danach</translation>
    </message>
</context>
<context>
    <name>services/metric_periods</name>
    <message>
        <location filename="../../services/metric_periods.py" line="30"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../services/metric_periods.py" line="31"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../services/metric_periods.py" line="32"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../../services/metric_periods.py" line="33"/>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../../services/metric_periods.py" line="76"/>
        <source>d MMM yyyy</source>
        <extracomment>a Babel/CLDR date pattern: day, short month, year</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../services/metric_periods.py" line="97"/>
        <source>choose the first and the last day of the period</source>
        <translation>den ersten und den letzten Tag des Zeitraums wählen</translation>
    </message>
    <message>
        <location filename="../../services/metric_periods.py" line="101"/>
        <source>the last day of the period is before its first day</source>
        <translation>der letzte Tag des Zeitraums liegt vor seinem ersten Tag</translation>
    </message>
    <message>
        <location filename="../../services/metric_periods.py" line="107"/>
        <source>choose at most three years at a time</source>
        <translation>höchstens drei Jahre auf einmal wählen</translation>
    </message>
</context>
<context>
    <name>services/metrics</name>
    <message>
        <location filename="../../services/metrics.py" line="74"/>
        <source>Live session</source>
        <translation>Live-Sitzung</translation>
    </message>
    <message>
        <location filename="../../services/metrics.py" line="154"/>
        <source>that event is no longer in the plan</source>
        <translation>diese Veranstaltung ist nicht mehr im Plan</translation>
    </message>
</context>
<context>
    <name>services/parking</name>
    <message>
        <location filename="../../services/parking.py" line="30"/>
        <source>there is nothing to park</source>
        <translation>es gibt nichts zu parken</translation>
    </message>
    <message>
        <location filename="../../services/parking.py" line="75"/>
        <source>that parked sale was already resumed</source>
        <translation>dieser geparkte Verkauf wurde schon fortgesetzt</translation>
    </message>
</context>
<context>
    <name>services/partners</name>
    <message>
        <location filename="../../services/partners.py" line="113"/>
        <location filename="../../services/partners.py" line="173"/>
        <source>that partner is no longer in the shop</source>
        <translation>diesen Partner gibt es im Shop nicht mehr</translation>
    </message>
    <message>
        <location filename="../../services/partners.py" line="126"/>
        <source>give the partner a name</source>
        <translation>geben Sie dem Partner einen Namen</translation>
    </message>
    <message>
        <location filename="../../services/partners.py" line="129"/>
        <source>a partner&apos;s name is at most {max_name} characters</source>
        <translation>der Name eines Partners hat höchstens {max_name} Zeichen</translation>
    </message>
    <message>
        <location filename="../../services/partners.py" line="136"/>
        <source>{email!r} is not an email address</source>
        <translation>{email!r} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../services/partners.py" line="141"/>
        <source>a tax id is at most {max_tax_id} characters</source>
        <translation>eine Steuernummer hat höchstens {max_tax_id} Zeichen</translation>
    </message>
    <message>
        <location filename="../../services/partners.py" line="152"/>
        <source>there is already a partner called {name}</source>
        <translation>es gibt schon einen Partner namens {name}</translation>
    </message>
</context>
<context>
    <name>services/pass_admin</name>
    <message>
        <location filename="../../services/pass_admin.py" line="128"/>
        <source>Transferred to another member on {when}</source>
        <translation>Am {when} an ein anderes Mitglied übertragen</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="136"/>
        <source>Refunded on {when}</source>
        <translation>Am {when} erstattet</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="142"/>
        <source>Revoked by the shop on {when}{note}</source>
        <translation>Am {when} vom Shop widerrufen{note}</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="150"/>
        <source>Issued on a device this shop no longer trusts</source>
        <translation>Auf einem Gerät ausgestellt, dem dieser Shop nicht mehr vertraut</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="156"/>
        <source>Valid from {day}</source>
        <translation>Gültig ab {day}</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="162"/>
        <source>Expired on {day}</source>
        <translation>Abgelaufen am {day}</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="167"/>
        <source>Valid until {day}</source>
        <translation>Gültig bis {day}</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="210"/>
        <source>that pass is not on this device</source>
        <translation>dieser Pass ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="257"/>
        <source>this pass cannot be transferred: {why}</source>
        <translation>dieser Pass kann nicht übertragen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="263"/>
        <source>this pass expired on {day}</source>
        <translation>dieser Pass ist am {day} abgelaufen</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="271"/>
        <source>{tier} passes cannot be transferred{tail}</source>
        <translation>{tier}-Pässe können nicht übertragen werden{tail}</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="278"/>
        <source>that member is not on this device</source>
        <translation>dieses Mitglied ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="282"/>
        <source>{name} already holds this pass</source>
        <translation>{name} hat diesen Pass schon</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="319"/>
        <source>say why the pass is revoked</source>
        <translation>bitte angeben, warum der Pass widerrufen wird</translation>
    </message>
    <message>
        <location filename="../../services/pass_admin.py" line="345"/>
        <source>this pass no longer works ({why})</source>
        <translation>dieser Pass gilt nicht mehr ({why})</translation>
    </message>
</context>
<context>
    <name>services/pass_tiers</name>
    <message>
        <location filename="../../services/pass_tiers.py" line="77"/>
        <source>a pass tier needs a name</source>
        <translation>eine Pass-Stufe braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="79"/>
        <source>a tier name is at most 80 characters</source>
        <translation>ein Stufenname hat höchstens 80 Zeichen</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="82"/>
        <source>a tier code is 1 to 8 of A-Z 0-9 - _ (like GOLD); it goes in the QR</source>
        <translation>ein Stufencode hat 1 bis 8 Zeichen aus A-Z 0-9 - _ (wie GOLD); er steht im QR-Code</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="88"/>
        <source>that price cannot be sold</source>
        <translation>zu diesem Preis kann nicht verkauft werden</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="91"/>
        <source>a pass is valid for 1 to {n} days</source>
        <translation>ein Pass gilt 1 bis {n} Tage</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="97"/>
        <source>the member discount must be between 0 and 100 %</source>
        <translation>der Mitgliederrabatt muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="100"/>
        <source>early access</source>
        <translation>Früher Zugang</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="101"/>
        <source>included sessions</source>
        <translation>Enthaltene Sessions</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="102"/>
        <source>1:1 minutes</source>
        <translation>1:1-Minuten</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="106"/>
        <source>{what} must be a number from 0 to 100,000</source>
        <translation>{what} muss eine Zahl von 0 bis 100.000 sein</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="126"/>
        <source>the tier {code} already has that name</source>
        <translation>die Stufe {code} hat schon diesen Namen</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="137"/>
        <source>the SKU {sku} is already used by another product</source>
        <translation>die Artikelnummer {sku} gehört schon zu einem anderen Produkt</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="266"/>
        <source>that pass tier is not on this device</source>
        <translation>diese Pass-Stufe ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="278"/>
        <source>that pass is not on this device</source>
        <translation>dieser Pass ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="288"/>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="295"/>
        <source>{percent}% off {where}</source>
        <translation>{percent} % Rabatt auf {where}</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="297"/>
        <source>everything in the shop</source>
        <translation>alles im Shop</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="302"/>
        <source>Early access to drops: {duration} before everyone</source>
        <translation>Früher Zugang zu Drops: {duration} vor allen anderen</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="309"/>
        <source>{n} member session included</source>
        <translation>{n} Mitglieder-Session inklusive</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="311"/>
        <source>{n} member sessions included</source>
        <translation>{n} Mitglieder-Sessions inklusive</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="316"/>
        <source>{duration} of 1:1 time</source>
        <translation>{duration} 1:1-Zeit</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="321"/>
        <source>Can be transferred to another member</source>
        <translation>Kann auf ein anderes Mitglied übertragen werden</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="323"/>
        <source>Personal: cannot be transferred</source>
        <translation>Persönlich: nicht übertragbar</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="331"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="332"/>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="334"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../../services/pass_tiers.py" line="335"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
</context>
<context>
    <name>services/passes</name>
    <message>
        <location filename="../../services/passes.py" line="128"/>
        <source>that pass tier does not exist</source>
        <translation>diese Ausweisstufe gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../services/passes.py" line="161"/>
        <source>this pass cannot be issued: {exc}</source>
        <translation>dieser Ausweis kann nicht ausgestellt werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../services/passes.py" line="218"/>
        <source>that member is not on this device</source>
        <translation>dieses Mitglied ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/passes.py" line="285"/>
        <source>that pass is not on this device</source>
        <translation>dieser Ausweis ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/passes.py" line="289"/>
        <source>that pass was already {value}</source>
        <translation>dieser Ausweis wurde schon {value}</translation>
    </message>
    <message>
        <location filename="../../services/passes.py" line="322"/>
        <source>a pass needs its holder: attach a member to the sale first</source>
        <translation>ein Ausweis braucht seine Inhaberin oder seinen Inhaber: zuerst ein Mitglied an den Verkauf hängen</translation>
    </message>
</context>
<context>
    <name>services/plan_timeline</name>
    <message>
        <location filename="../../services/plan_timeline.py" line="75"/>
        <source>Scheduled · {size} to sell</source>
        <translation>Geplant · {size} zu verkaufen</translation>
    </message>
    <message>
        <location filename="../../services/plan_timeline.py" line="79"/>
        <source>{state} · {sold} sold</source>
        <translation>{state} · {sold} verkauft</translation>
    </message>
    <message>
        <location filename="../../services/plan_timeline.py" line="82"/>
        <source>{state} · {left} of {size} left</source>
        <translation>{state} · noch {left} von {size}</translation>
    </message>
    <message>
        <location filename="../../services/plan_timeline.py" line="112"/>
        <source>show 1 to 53 weeks</source>
        <translation>1 bis 53 Wochen anzeigen</translation>
    </message>
    <message>
        <location filename="../../services/plan_timeline.py" line="124"/>
        <source>{taken}/{capacity} booked</source>
        <translation>{taken}/{capacity} gebucht</translation>
    </message>
</context>
<context>
    <name>services/planner</name>
    <message>
        <location filename="../../services/planner.py" line="75"/>
        <source>Free micro-event</source>
        <extracomment>Timeline kinds that are not plan events (shown, but edited in their own screens).</extracomment>
        <translation>Mini-Event (gratis)</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="76"/>
        <source>Live drop</source>
        <translation>Live-Drop</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="77"/>
        <source>Member drop</source>
        <translation>Mitglieder-Drop</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="78"/>
        <source>Pop-up day</source>
        <translation>Pop-up-Tag</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="79"/>
        <source>Pass release</source>
        <translation>Ausweis-Start</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="80"/>
        <source>Drop window</source>
        <translation>Drop-Zeitraum</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="81"/>
        <source>Member session</source>
        <translation>Mitgliedertermin</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="146"/>
        <source>“{value}” is not a kind of plan event; choose one of: {kinds}</source>
        <translation>„{value}“ ist keine Art von Planveranstaltung; eine davon wählen: {kinds}</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="177"/>
        <source>that event is no longer in the plan</source>
        <translation>diese Veranstaltung ist nicht mehr im Plan</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="207"/>
        <source>give the event a title</source>
        <translation>der Veranstaltung einen Titel geben</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="210"/>
        <source>a title or venue is at most {n} characters</source>
        <translation>Titel und Ort haben höchstens {n} Zeichen</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="216"/>
        <source>notes are at most {n} characters</source>
        <translation>Notizen haben höchstens {n} Zeichen</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="220"/>
        <source>the event must end after it starts</source>
        <translation>die Veranstaltung muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="223"/>
        <source>an event lasts at most {n} days; plan a longer run as several events</source>
        <translation>eine Veranstaltung dauert höchstens {n} Tage; Längeres als mehrere Veranstaltungen planen</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="230"/>
        <source>the drop linked to this event is not on this device</source>
        <translation>der mit dieser Veranstaltung verknüpfte Drop ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="235"/>
        <source>the member session linked to this event is not on this device</source>
        <translation>der mit dieser Veranstaltung verknüpfte Mitgliedertermin ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="284"/>
        <source>move an event by 1 to {n} days, earlier or later</source>
        <translation>eine Veranstaltung um 1 bis {n} Tage verschieben, früher oder später</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="311"/>
        <source>a live session ran under “{title}”; it stays in the plan as its record</source>
        <translation>unter „{title}“ lief eine Live-Sitzung; die Veranstaltung bleibt als Nachweis im Plan</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="361"/>
        <source>Planned 1 event</source>
        <translation>1 Veranstaltung geplant</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="363"/>
        <source>Planned {n} events</source>
        <translation>{n} Veranstaltungen geplant</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="366"/>
        <source>{made}; {n} skipped (already planned that day).</source>
        <translation>{made}; {n} übersprungen (an dem Tag schon geplant).</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="376"/>
        <source>the template is empty; add at least one row</source>
        <translation>die Vorlage ist leer; mindestens eine Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="381"/>
        <source>a template week is 1 to {n} (not {week})</source>
        <translation>eine Vorlagenwoche ist 1 bis {n} (nicht {week})</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="387"/>
        <source>week {week}: the day must be Monday to Sunday</source>
        <translation>Woche {week}: der Tag muss Montag bis Sonntag sein</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="393"/>
        <source>week {week}: give the {kind} a title</source>
        <translation>Woche {week}: einen Titel für „{kind}“ angeben</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="399"/>
        <source>week {week}: an event lasts 1 minute to {n} days</source>
        <translation>Woche {week}: eine Veranstaltung dauert 1 Minute bis {n} Tage</translation>
    </message>
    <message>
        <location filename="../../services/planner.py" line="415"/>
        <source>a 12-week plan starts on a Monday</source>
        <translation>ein 12-Wochen-Plan beginnt an einem Montag</translation>
    </message>
</context>
<context>
    <name>services/printer_settings</name>
    <message>
        <location filename="../../services/printer_settings.py" line="49"/>
        <source>Western European (é ü ß ñ €)</source>
        <translation>Westeuropäisch (é ü ß ñ €)</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="53"/>
        <source>Western and Central European (also ł ő ř ş)</source>
        <translation>West- und Mitteleuropäisch (auch ł ő ř ş)</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="59"/>
        <source>Western European and Cyrillic</source>
        <translation>Westeuropäisch und Kyrillisch</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="63"/>
        <source>Western European and Greek</source>
        <translation>Westeuropäisch und Griechisch</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="67"/>
        <source>Accents as images (printers without code pages)</source>
        <translation>Akzente als Bilder (Drucker ohne Codepages)</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="121"/>
        <source>write the printer&apos;s network address as host or host:port, e.g. 192.168.1.50:9100</source>
        <translation>die Netzwerkadresse des Druckers als Host oder Host:Port eingeben, z. B. 192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="131"/>
        <source>{port} is not a network port (1 to 65535; printers use 9100)</source>
        <translation>{port} ist kein Netzwerkport (1 bis 65535; Drucker nutzen 9100)</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="144"/>
        <source>write the USB printer as vendor:product in hexadecimal, e.g. 04b8:0202 (lsusb shows them)</source>
        <translation>den USB-Drucker als Hersteller:Produkt in Hexadezimal eingeben, z. B. 04b8:0202 (lsusb zeigt sie an)</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="158"/>
        <source>{value} is not a kind of printer PopupPOS knows</source>
        <translation>{value} ist keine Druckerart, die PopupPOS kennt</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="168"/>
        <source>choose the file or device the receipts are written to</source>
        <translation>die Datei oder das Gerät wählen, in das die Belege geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="174"/>
        <source>the paper is 58 mm or 80 mm wide</source>
        <translation>das Papier ist 58 mm oder 80 mm breit</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="178"/>
        <source>{value} is not a character set PopupPOS knows</source>
        <translation>{value} ist kein Zeichensatz, den PopupPOS kennt</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="184"/>
        <source>{value} is not a QR choice PopupPOS knows</source>
        <translation>{value} ist keine QR-Einstellung, die PopupPOS kennt</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="190"/>
        <source>the cash drawer is wired to pin 2 or pin 5</source>
        <translation>die Kassenschublade hängt an Pin 2 oder Pin 5</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="196"/>
        <source>the receipt link is a web address starting with https://</source>
        <translation>der Beleg-Link ist eine Webadresse, die mit https:// beginnt</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="205"/>
        <source>the receipt link may only use {sale_id} and {number} as placeholders</source>
        <translation>der Beleg-Link darf nur {sale_id} und {number} als Platzhalter verwenden</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="214"/>
        <source>{value} is not a printer model python-escpos knows</source>
        <translation>{value} ist kein Druckermodell, das python-escpos kennt</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="237"/>
        <source>the file {name} is too big for a logo (over 20 MB)</source>
        <translation>die Datei {name} ist zu groß für ein Logo (über 20 MB)</translation>
    </message>
    <message>
        <location filename="../../services/printer_settings.py" line="246"/>
        <source>the file {name} is not an image PopupPOS can read (use PNG, JPEG, GIF or BMP)</source>
        <translation>die Datei {name} ist kein Bild, das PopupPOS lesen kann (PNG, JPEG, GIF oder BMP verwenden)</translation>
    </message>
</context>
<context>
    <name>services/printing</name>
    <message>
        <location filename="../../services/printing.py" line="163"/>
        <source>Crème brûlée candle</source>
        <translation>Crème-brûlée-Kerze</translation>
    </message>
    <message>
        <location filename="../../services/printing.py" line="166"/>
        <source>Grüße aus München postcard</source>
        <translation>Postkarte „Grüße aus München“</translation>
    </message>
    <message>
        <location filename="../../services/printing.py" line="170"/>
        <source>Test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <location filename="../../services/printing.py" line="185"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../services/printing.py" line="187"/>
        <source>If this reads right, receipts will too.</source>
        <translation>Wenn das hier richtig aussieht, tun es Bons auch.</translation>
    </message>
    <message>
        <location filename="../../services/printing.py" line="197"/>
        <source>Member passes print here as a QR code</source>
        <translation>Mitgliedsausweise werden hier als QR-Code gedruckt</translation>
    </message>
</context>
<context>
    <name>services/receipts</name>
    <message>
        <location filename="../../services/receipts.py" line="86"/>
        <source>that sale is not on this device</source>
        <translation>dieser Verkauf ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="180"/>
        <source>that refund is not on this device</source>
        <translation>diese Erstattung ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="204"/>
        <source>{number} (refund)</source>
        <translation>{number} (Erstattung)</translation>
    </message>
</context>
<context>
    <name>services/refunds</name>
    <message>
        <location filename="../../services/refunds.py" line="90"/>
        <source>that sale is not on this device</source>
        <translation>dieser Verkauf ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="190"/>
        <source>sale {number} was voided; there is nothing to refund</source>
        <translation>Verkauf {number} wurde storniert; es gibt nichts zu erstatten</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="203"/>
        <source>that line is not part of this sale</source>
        <translation>diese Position gehört nicht zu diesem Verkauf</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="215"/>
        <source>choose what to refund</source>
        <translation>auswählen, was erstattet wird</translation>
    </message>
    <message>
        <location filename="../../services/refunds.py" line="251"/>
        <source>say why this is refunded</source>
        <translation>angeben, warum erstattet wird</translation>
    </message>
</context>
<context>
    <name>services/shifts</name>
    <message>
        <location filename="../../services/shifts.py" line="74"/>
        <source>open a shift first (Shift → Open, with the cash float)</source>
        <translation>zuerst eine Schicht öffnen (Schicht → Öffnen, mit dem Wechselgeld)</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="82"/>
        <source>say who is opening the shift</source>
        <translation>angeben, wer die Schicht öffnet</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="84"/>
        <source>the cash float cannot be negative</source>
        <translation>das Wechselgeld kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="87"/>
        <source>that cash float is too large; check the amount</source>
        <translation>dieses Wechselgeld ist zu hoch; bitte den Betrag prüfen</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="92"/>
        <source>a shift is already open on this device</source>
        <translation>auf diesem Gerät ist schon eine Schicht offen</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="250"/>
        <source>say who is closing the shift</source>
        <translation>angeben, wer die Schicht schließt</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="252"/>
        <source>the counted cash cannot be negative</source>
        <translation>das gezählte Bargeld kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="255"/>
        <source>that counted amount is too large; check it</source>
        <translation>dieser gezählte Betrag ist zu hoch; bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../services/shifts.py" line="329"/>
        <source>that shift is not closed</source>
        <translation>diese Schicht ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>services/shop</name>
    <message>
        <location filename="../../services/shop.py" line="82"/>
        <source>unknown settings: {names}</source>
        <translation>unbekannte Einstellungen: {names}</translation>
    </message>
    <message>
        <location filename="../../services/shop.py" line="123"/>
        <source>close the shift before changing the currency</source>
        <translation>vor dem Wechsel der Währung die Schicht schließen</translation>
    </message>
    <message>
        <location filename="../../services/shop.py" line="127"/>
        <source>this shop has sales in {old}, so its currency cannot change to {new}: their amounts are recorded in {old}. Keep {old}, or start a new shop database for selling in another currency.</source>
        <translation>dieser Shop hat Verkäufe in {old}, daher kann die Währung nicht zu {new} wechseln: ihre Beträge sind in {old} gespeichert. {old} beibehalten oder für den Verkauf in einer anderen Währung eine neue Shop-Datenbank anlegen.</translation>
    </message>
    <message>
        <location filename="../../services/shop.py" line="136"/>
        <source>your products are priced in {old} with {old_digits} decimals and {new} has {new_digits}; every price would be read wrong. Change the currency before adding products, or start a new shop database.</source>
        <translation>deine Produkte haben Preise in {old} mit {old_digits} Nachkommastellen und {new} hat {new_digits}; jeder Preis würde falsch gelesen. Die Währung vor dem Anlegen von Produkten ändern oder eine neue Shop-Datenbank anlegen.</translation>
    </message>
    <message>
        <location filename="../../services/shop.py" line="178"/>
        <source>the current manager PIN is not right</source>
        <translation>die aktuelle Manager-PIN ist nicht richtig</translation>
    </message>
    <message>
        <location filename="../../services/shop.py" line="195"/>
        <source>no manager PIN is set; set one in Settings first</source>
        <translation>es ist keine Manager-PIN gesetzt; zuerst eine in den Einstellungen festlegen</translation>
    </message>
    <message>
        <location filename="../../services/shop.py" line="198"/>
        <source>that manager PIN is not right</source>
        <translation>diese Manager-PIN ist nicht richtig</translation>
    </message>
</context>
<context>
    <name>services/statements</name>
    <message>
        <location filename="../../services/statements.py" line="83"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>der Zeitraum endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <location filename="../../services/statements.py" line="94"/>
        <source>{size} is not a paper size PopupPOS prints (A4 or Letter)</source>
        <translation>{size} ist kein Papierformat, das PopupPOS druckt (A4 oder Letter)</translation>
    </message>
    <message>
        <location filename="../../services/statements.py" line="155"/>
        <location filename="../../services/statements.py" line="171"/>
        <location filename="../../services/statements.py" line="189"/>
        <source>that statement is not on this device</source>
        <translation>diese Abrechnung ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/statements.py" line="243"/>
        <source>that partner is no longer in the shop</source>
        <translation>diesen Partner gibt es im Shop nicht mehr</translation>
    </message>
    <message>
        <location filename="../../services/statements.py" line="250"/>
        <source>the period ends on {end}, after today: preview it any time, and issue it once the period is over</source>
        <translation>der Zeitraum endet am {end}, also nach heute: die Vorschau geht jederzeit, ausstellen erst nach Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../services/statements.py" line="259"/>
        <source>{number} was already corrected by {by}; correct that one instead</source>
        <translation>{number} wurde schon durch {by} korrigiert; bitte stattdessen diese korrigieren</translation>
    </message>
    <message>
        <location filename="../../services/statements.py" line="268"/>
        <source>{number} already covers {start} to {end} for {name}; issue a correction of it instead</source>
        <translation>{number} deckt schon {start} bis {end} für {name} ab; stattdessen eine Korrektur davon ausstellen</translation>
    </message>
    <message>
        <location filename="../../services/statements.py" line="294"/>
        <source>say who issues the statement</source>
        <translation>angeben, wer die Abrechnung ausstellt</translation>
    </message>
    <message>
        <location filename="../../services/statements.py" line="316"/>
        <source>{name} has no agreement in force from {start} to {end}: there is nothing to state</source>
        <translation>{name} hat vom {start} bis {end} keine gültige Vereinbarung: es gibt nichts abzurechnen</translation>
    </message>
    <message>
        <location filename="../../services/statements.py" line="389"/>
        <source>sales kept arriving while the statement was being prepared; nothing was issued, try again</source>
        <translation>während die Abrechnung erstellt wurde, kamen weiter Verkäufe herein; nichts wurde ausgestellt, bitte erneut versuchen</translation>
    </message>
</context>
<context>
    <name>services/venue_agreements</name>
    <message>
        <location filename="../../services/venue_agreements.py" line="110"/>
        <source>a removed category</source>
        <translation>einer gelöschten Kategorie</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="113"/>
        <source>in {category}</source>
        <translation>in {category}</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="116"/>
        <source>at an event no longer in the plan (covers nothing)</source>
        <translation>bei einem Event, das nicht mehr im Plan steht (deckt nichts ab)</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="122"/>
        <source>at {event} ({day})</source>
        <translation>bei {event} ({day})</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="125"/>
        <source>on all sales</source>
        <translation>auf alle Verkäufe</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="137"/>
        <source>; {fee} per event</source>
        <translation>; {fee} pro Event</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="141"/>
        <source>; minimum guarantee {amount} for the period</source>
        <translation>; Mindestgarantie {amount} für den Zeitraum</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="208"/>
        <source>choose the partner this agreement is with</source>
        <translation>den Partner wählen, mit dem diese Vereinbarung gilt</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="214"/>
        <source>an agreement is a share of gross or of net sales</source>
        <translation>eine Vereinbarung ist ein Anteil am Brutto- oder am Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="234"/>
        <source>that category is no longer in the catalogue</source>
        <translation>diese Kategorie ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="243"/>
        <source>that event is no longer in the plan</source>
        <translation>dieses Event ist nicht mehr im Plan</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="250"/>
        <source>{partner}&apos;s agreement “{label}” already takes a share {scope} from {start} to {end}; two agreements of the same scope cannot be in force on the same day (end that one first, or choose other dates)</source>
        <translation>Die Vereinbarung „{label}“ von {partner} nimmt schon einen Anteil {scope} vom {start} bis {end}; zwei Vereinbarungen mit demselben Umfang können nicht am selben Tag gelten (die andere zuerst beenden oder andere Daten wählen)</translation>
    </message>
    <message>
        <location filename="../../services/venue_agreements.py" line="314"/>
        <location filename="../../services/venue_agreements.py" line="329"/>
        <source>that agreement is no longer in the shop</source>
        <translation>diese Vereinbarung gibt es im Shop nicht mehr</translation>
    </message>
</context>
<context>
    <name>services/voids</name>
    <message>
        <location filename="../../services/voids.py" line="84"/>
        <source>say why the sale is voided</source>
        <translation>angeben, warum der Verkauf storniert wird</translation>
    </message>
    <message>
        <location filename="../../services/voids.py" line="185"/>
        <source>that sale is not on this device</source>
        <translation>dieser Verkauf ist nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../../services/voids.py" line="188"/>
        <source>open a shift first (Shift → Open, with the cash float)</source>
        <translation>zuerst eine Schicht öffnen (Schicht → Öffnen, mit dem Wechselgeld)</translation>
    </message>
    <message>
        <location filename="../../services/voids.py" line="190"/>
        <source>only sales of the current shift can be voided; refund it instead</source>
        <translation>nur Verkäufe der laufenden Schicht können storniert werden; stattdessen erstatten</translation>
    </message>
    <message>
        <location filename="../../services/voids.py" line="194"/>
        <source>sale {number} is already voided</source>
        <translation>Verkauf {number} ist schon storniert</translation>
    </message>
    <message>
        <location filename="../../services/voids.py" line="198"/>
        <source>sale {number} has refunds; refund the rest instead</source>
        <translation>Verkauf {number} hat Rückerstattungen; stattdessen den Rest erstatten</translation>
    </message>
</context>
<context>
    <name>settings/appearance_page</name>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="41"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="43"/>
        <source>How PopupPOS looks on this device. Both themes keep text easy to read.</source>
        <translation>Wie PopupPOS auf diesem Gerät aussieht. Beide Designs halten Text gut lesbar.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="56"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="58"/>
        <source>Warm white cards on a light background: best in daylight and sun.</source>
        <translation>Warmweiße Karten auf hellem Grund: am besten bei Tageslicht und Sonne.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="66"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="68"/>
        <source>Dark cards on a dark background: calm in a dim room, at an evening event.</source>
        <translation>Dunkle Karten auf dunklem Grund: ruhig in einem dämmrigen Raum, bei einer Abendveranstaltung.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="76"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="78"/>
        <source>Light or dark as this computer is set, and changes when it does.</source>
        <translation>Hell oder dunkel, wie dieser Computer eingestellt ist, und wechselt mit ihm.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="139"/>
        <source>Saved. Shown on every screen now.</source>
        <translation>Gespeichert. Jetzt auf jedem Bildschirm zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance_page.py" line="148"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>settings/dialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="86"/>
        <source>Receipt printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="87"/>
        <source>Backups and data</source>
        <translation>Sicherungen und Daten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="88"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="109"/>
        <location filename="../../ui/settings/dialog.py" line="145"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="152"/>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="165"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="166"/>
        <source>Manager PIN</source>
        <translation>PIN der Leitung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="167"/>
        <source>Shop hub</source>
        <translation>Shop-Hub</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="168"/>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="169"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="170"/>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="180"/>
        <source>Loading the settings…</source>
        <translation>Einstellungen werden geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="200"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="204"/>
        <location filename="../../ui/settings/dialog.py" line="334"/>
        <location filename="../../ui/settings/dialog.py" line="349"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="323"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="344"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="352"/>
        <source>Not saved: {exc}</source>
        <translation>Nicht gespeichert: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="368"/>
        <source>You have changes that are not saved: Save changes, or Close again to leave them.</source>
        <translation>Es gibt ungespeicherte Änderungen: Änderungen speichern, oder noch einmal Schließen, um sie zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>settings/display_page</name>
    <message>
        <location filename="../../ui/settings/display_page.py" line="21"/>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <location filename="../../ui/settings/display_page.py" line="22"/>
        <source>What the screen facing your customers shows during a live drop. It only ever shows what is true: the real count left, and a drop&apos;s terms, always.</source>
        <translation>Was der Bildschirm für die Kundschaft während eines Live-Drops zeigt. Er zeigt nur, was stimmt: die echte Restmenge und immer die Bedingungen des Drops.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/display_page.py" line="31"/>
        <source>The time left</source>
        <translation>Die verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/display_page.py" line="32"/>
        <source>Counts down to the drop&apos;s real end (“Ends at 18:00 · 42 min left”), never a made-up timer. Off: no time is shown at all.</source>
        <translation>Zählt bis zum echten Ende des Drops herunter („Endet um 18:00 · noch 42 Min.“), nie ein erfundener Countdown. Aus: Es wird gar keine Zeit gezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/display_page.py" line="40"/>
        <source>Recent sales</source>
        <translation>Letzte Verkäufe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/display_page.py" line="41"/>
        <source>“4 sold in the last {social_proof_minutes} minutes”, counted from real sales, and nothing when nobody bought lately. Off: never shown.</source>
        <translation>„4 verkauft in den letzten {social_proof_minutes} Minuten“, gezählt aus echten Verkäufen, und nichts, wenn zuletzt niemand gekauft hat. Aus: nie gezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/display_page.py" line="50"/>
        <source>Quantities and terms</source>
        <translation>Mengen und Bedingungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/display_page.py" line="51"/>
        <source>The count left and the drop&apos;s terms are always on the display: a commitment, not a setting.</source>
        <translation>Die Restmenge und die Bedingungen des Drops stehen immer auf der Anzeige: ein Versprechen, keine Einstellung.</translation>
    </message>
</context>
<context>
    <name>settings/fields</name>
    <message>
        <location filename="../../ui/settings/fields.py" line="130"/>
        <source>Currency</source>
        <extracomment>The currencies offered first; any ISO 4217 code can be typed into the box. Languages and regions for numbers, dates and money (the stored one is added if missing).</extracomment>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/fields.py" line="152"/>
        <source>Language and region for numbers and money</source>
        <translation>Sprache und Region für Zahlen und Beträge</translation>
    </message>
    <message>
        <location filename="../../ui/settings/fields.py" line="210"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../ui/settings/fields.py" line="254"/>
        <source>Tax rate in percent</source>
        <translation>Steuersatz in Prozent</translation>
    </message>
    <message>
        <location filename="../../ui/settings/fields.py" line="277"/>
        <source>{text} percent</source>
        <translation>{text} Prozent</translation>
    </message>
    <message>
        <location filename="../../ui/settings/fields.py" line="305"/>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/fields.py" line="341"/>
        <source>Less: {accessible}</source>
        <translation>Weniger: {accessible}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/fields.py" line="344"/>
        <source>More: {accessible}</source>
        <translation>Mehr: {accessible}</translation>
    </message>
</context>
<context>
    <name>settings/hub_page</name>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="25"/>
        <source>Shop hub</source>
        <translation>Shop-Hub</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="26"/>
        <source>The hub keeps your stalls and the online shop in step: stock, members, passes and sales. Without it this stall works on its own, offline, as always.</source>
        <translation>Der Hub hält Ihre Stände und den Onlineshop auf gleichem Stand: Bestand, Mitglieder, Ausweise und Verkäufe. Ohne ihn arbeitet dieser Stand wie immer eigenständig und offline.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="43"/>
        <source>Looking…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="51"/>
        <location filename="../../ui/settings/hub_page.py" line="90"/>
        <source>Connect…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="77"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="80"/>
        <source>This stall is not connected to a shop hub.</source>
        <translation>Dieser Stand ist mit keinem Shop-Hub verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="83"/>
        <source>To connect, ask the shop owner for a pairing code (it lasts 15 minutes and works once), press Connect…, then scan its QR code or type it.</source>
        <translation>Zum Verbinden die Inhaberin nach einem Kopplungscode fragen (er gilt 15 Minuten und einmal), auf Verbinden … drücken, dann den QR-Code scannen oder eintippen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="92"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="95"/>
        <source>Paired with {value} at {hub_url}.</source>
        <translation>Gekoppelt mit {value} unter {hub_url}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="96"/>
        <source>a shop</source>
        <translation>einem Shop</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="102"/>
        <source> Sync stopped: {stopped_reason}</source>
        <translation> Synchronisierung angehalten: {stopped_reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="109"/>
        <source>This stall&apos;s key to the hub is kept in {where}.{stopped} Pairing again (with a new code) replaces this connection.</source>
        <translation>Der Schlüssel dieses Stands für den Hub liegt in {where}.{stopped} Neu koppeln (mit einem neuen Code) ersetzt diese Verbindung.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hub_page.py" line="115"/>
        <source>Pair again…</source>
        <translation>Neu koppeln …</translation>
    </message>
</context>
<context>
    <name>settings/kiosk_page</name>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="18"/>
        <source>The session on now, or the next one today</source>
        <translation>Der laufende Termin oder der nächste heute</translation>
    </message>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="24"/>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="25"/>
        <source>For a tablet by the door of a member session: attendees scan their own pass and see a big green welcome, or red with the reason.</source>
        <translation>Für ein Tablet an der Tür eines Mitgliedertermins: Teilnehmende scannen ihren eigenen Ausweis und sehen ein großes grünes Willkommen, oder Rot mit dem Grund.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="35"/>
        <source>Start in kiosk mode</source>
        <translation>Im Kioskmodus starten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="36"/>
        <source>When PopupPOS starts, it opens the check-in kiosk full screen for the session below. Leaving it (Esc, or Exit in the corner) needs the manager PIN.</source>
        <translation>Beim Start öffnet PopupPOS den Einlass-Kiosk im Vollbild für den Termin unten. Zum Verlassen (Esc oder Beenden in der Ecke) braucht es die PIN der Leitung.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="46"/>
        <source>Which session</source>
        <translation>Welcher Termin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="49"/>
        <source>Session for kiosk mode</source>
        <translation>Termin für den Kioskmodus</translation>
    </message>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="54"/>
        <source>A chosen session stays chosen until it ends; then the app opens normally and says so.</source>
        <translation>Ein gewählter Termin bleibt gewählt, bis er endet; danach öffnet die App normal und sagt das.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="79"/>
        <source>The chosen session (no longer coming up)</source>
        <translation>Der gewählte Termin (steht nicht mehr an)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/kiosk_page.py" line="94"/>
        <source>Kiosk mode needs a manager PIN: set one on the Manager PIN page first.</source>
        <translation>Der Kioskmodus braucht eine PIN der Leitung: zuerst auf der Seite „PIN der Leitung“ festlegen.</translation>
    </message>
</context>
<context>
    <name>settings/kiosk_start</name>
    <message>
        <location filename="../../ui/settings/kiosk_start.py" line="47"/>
        <source>Kiosk mode could not start: {exc}</source>
        <translation>Der Kioskmodus konnte nicht starten: {exc}</translation>
    </message>
</context>
<context>
    <name>settings/pin_page</name>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="28"/>
        <source>Manager PIN</source>
        <translation>PIN der Leitung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="29"/>
        <source>Refunds, voids after payment, ending a drop early and leaving kiosk mode ask for it. 4 to 12 digits.</source>
        <translation>Rückerstattungen, Stornos nach dem Bezahlen, das vorzeitige Beenden eines Drops und das Verlassen des Kioskmodus fragen danach. 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="40"/>
        <source>Current PIN</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="42"/>
        <source>Current manager PIN</source>
        <translation>Aktuelle PIN der Leitung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="43"/>
        <source>the PIN you use now</source>
        <translation>die PIN, die Sie jetzt nutzen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="47"/>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="48"/>
        <source>New manager PIN</source>
        <translation>Neue PIN der Leitung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="50"/>
        <source>The new PIN again</source>
        <translation>Die neue PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="52"/>
        <source>New manager PIN again</source>
        <translation>Neue PIN der Leitung wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="53"/>
        <source>to be sure</source>
        <translation>zur Sicherheit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="58"/>
        <location filename="../../ui/settings/pin_page.py" line="82"/>
        <source>Change the PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="84"/>
        <source>Set the PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="88"/>
        <source>No manager PIN is set yet: refunds and voids cannot be approved.</source>
        <translation>Noch keine PIN der Leitung festgelegt: Rückerstattungen und Stornos können nicht freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="100"/>
        <source>Type the current PIN first.</source>
        <translation>Zuerst die aktuelle PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="125"/>
        <source>Saving the PIN…</source>
        <translation>PIN wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="133"/>
        <source>The manager PIN was changed.</source>
        <translation>Die PIN der Leitung wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="135"/>
        <source>The manager PIN is set.</source>
        <translation>Die PIN der Leitung ist festgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="147"/>
        <source>That is not the current PIN; nothing was changed.</source>
        <translation>Das ist nicht die aktuelle PIN; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/pin_page.py" line="152"/>
        <source>The PIN was not changed: {exc}</source>
        <translation>Die PIN wurde nicht geändert: {exc}</translation>
    </message>
</context>
<context>
    <name>settings/scanner_page</name>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="80"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="81"/>
        <source>A USB barcode scanner types its code fast and ends it with Enter. PopupPOS tells a scan from typing by the pause between keys; change these only if scans end up as text, or typing is taken for a scan.</source>
        <translation>Ein USB-Barcodescanner tippt seinen Code schnell und schließt ihn mit Enter ab. PopupPOS unterscheidet einen Scan vom Tippen an der Pause zwischen den Tasten; ändern Sie dies nur, wenn Scans als Text ankommen oder Tippen für einen Scan gehalten wird.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="97"/>
        <source>Longest pause between a scanner&apos;s keys</source>
        <translation>Längste Pause zwischen den Tasten eines Scanners</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="105"/>
        <source>Longest pause between keys</source>
        <translation>Längste Pause zwischen Tasten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="110"/>
        <source>Most USB scanners send keys 1 to 20 ms apart; a Bluetooth one can be slower. People type 80 ms or more apart.</source>
        <translation>Die meisten USB-Scanner senden Tasten im Abstand von 1 bis 20 ms; ein Bluetooth-Scanner kann langsamer sein. Menschen tippen mit 80 ms Abstand oder mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="120"/>
        <location filename="../../ui/settings/scanner_page.py" line="126"/>
        <source>Shortest code</source>
        <translation>Kürzester Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="125"/>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="131"/>
        <source>The scanner ends a code with Tab</source>
        <translation>Der Scanner schließt einen Code mit Tab ab</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="132"/>
        <source>Only for a scanner set up to send Tab after each code instead of Enter.</source>
        <translation>Nur für einen Scanner, der nach jedem Code Tab statt Enter sendet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="136"/>
        <source>Tab too</source>
        <translation>Auch Tab</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="140"/>
        <location filename="../../ui/settings/scanner_page.py" line="154"/>
        <source>Test scan</source>
        <translation>Testscan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="143"/>
        <source>Scan any barcode now (the field may stay empty: a scan is taken, not typed), or type here and press Enter to see the difference.</source>
        <translation>Scannen Sie jetzt einen beliebigen Barcode (das Feld kann leer bleiben: Ein Scan wird übernommen, nicht getippt), oder tippen Sie hier und drücken Sie Enter, um den Unterschied zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="155"/>
        <source>Scan or type here</source>
        <translation>Hier scannen oder tippen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="227"/>
        <source>✓ Recognised as a scan: {code} ({length} characters, keys at most {gap:.0f} ms apart).</source>
        <translation>✓ Als Scan erkannt: {code} ({length} Zeichen, Tasten höchstens {gap:.0f} ms auseinander).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="244"/>
        <source>its keys came up to {gap:.0f} ms apart, and a scan&apos;s come at most {max_gap_ms} ms apart. Typed by hand, that is right; from the scanner, raise the longest pause.</source>
        <translation>seine Tasten kamen bis zu {gap:.0f} ms auseinander, die eines Scans höchstens {max_gap_ms} ms. Von Hand getippt ist das richtig; vom Scanner: die längste Pause erhöhen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="251"/>
        <source>it is shorter than {min_length} characters, the shortest code.</source>
        <translation>er ist kürzer als {min_length} Zeichen, der kürzeste Code.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="256"/>
        <source>it did not arrive as one fast burst ending in Enter.</source>
        <translation>er kam nicht als ein schneller Schwall mit Enter am Ende.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="260"/>
        <source>✕ Not a scan: “{text}” was typed, because {why}</source>
        <translation>✕ Kein Scan: „{text}“ wurde getippt, denn {why}</translation>
    </message>
</context>
<context>
    <name>settings/shop_page</name>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="50"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="51"/>
        <source>What customers see on receipts, how money is shown, and this stall&apos;s till.</source>
        <translation>Was die Kundschaft auf Bons sieht, wie Beträge gezeigt werden, und die Kasse dieses Stands.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="59"/>
        <source>On the receipt</source>
        <translation>Auf dem Bon</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="65"/>
        <location filename="../../ui/settings/shop_page.py" line="80"/>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="68"/>
        <source>Address, one line each</source>
        <translation>Adresse, je Zeile eine Angabe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="71"/>
        <source>12 Harbour Lane
Galway</source>
        <translation>Hafenstraße 12
20457 Hamburg</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="74"/>
        <location filename="../../ui/settings/shop_page.py" line="82"/>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="76"/>
        <source>e.g. IE1234567T (leave empty if you have none)</source>
        <translation>z. B. DE123456789 (leer lassen, wenn Sie keine haben)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="78"/>
        <source>Receipt footer</source>
        <translation>Fußzeile des Bons</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="81"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="83"/>
        <source>Last line</source>
        <translation>Letzte Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="91"/>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="104"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="107"/>
        <source>Language and region</source>
        <translation>Sprache und Region</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="113"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="116"/>
        <source>Prices include tax</source>
        <translation>Preise inklusive Steuer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="117"/>
        <source>The price on the tag is what the customer pays.</source>
        <translation>Der Preis auf dem Etikett ist, was die Kundschaft zahlt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="121"/>
        <source>Tax is added at the till</source>
        <translation>Steuer kommt an der Kasse hinzu</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="122"/>
        <source>Tax goes on top of the price when paying.</source>
        <translation>Die Steuer wird beim Bezahlen auf den Preis aufgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="133"/>
        <source>Usual tax rate (new products start with it)</source>
        <translation>Üblicher Steuersatz (neue Produkte beginnen damit)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="140"/>
        <source>This stall</source>
        <translation>Dieser Stand</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="145"/>
        <source>This stall&apos;s name</source>
        <translation>Name dieses Stands</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="146"/>
        <source>Stall name</source>
        <translation>Name des Stands</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="151"/>
        <source>Ask for a tip</source>
        <translation>Nach Trinkgeld fragen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="152"/>
        <source>Before payment, the customer may add 10, 15 or 20 % or an amount of their own.</source>
        <translation>Vor dem Bezahlen kann die Kundschaft 10, 15 oder 20 % oder einen eigenen Betrag hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="173"/>
        <source>A price looks like {shown}</source>
        <translation>Ein Preis sieht so aus: {shown}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="180"/>
        <source>PopupPOS&apos;s words change with it when you save; a sale in progress keeps its screen until it is done.</source>
        <translation>Die Texte von PopupPOS wechseln beim Speichern mit; ein laufender Verkauf behält seinen Bildschirm, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="212"/>
        <source>This shop has sales in {currency}, so its currency stays {currency}: their amounts are recorded in it.</source>
        <translation>Dieser Shop hat Verkäufe in {currency}, daher bleibt die Währung {currency}: Ihre Beträge sind darin erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="242"/>
        <source>Give this stall a name, like “Stall 1”.</source>
        <translation>Geben Sie diesem Stand einen Namen, etwa „Stand 1“.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_page.py" line="247"/>
        <source>An address has at most {address_lines_max} lines on a receipt.</source>
        <translation>Eine Adresse hat auf dem Bon höchstens {address_lines_max} Zeilen.</translation>
    </message>
</context>
<context>
    <name>store/db</name>
    <message>
        <location filename="../../store/db.py" line="160"/>
        <source>{path} is a folder, not a PopupPOS database file.</source>
        <extracomment>Files up to this size are integrity-checked before ``open_database`` returns (a few milliseconds to ~0.2 s); larger ones are checked on a thread while the app starts, and every write waits for that check (see :class:`IntegrityGate`).</extracomment>
        <translation>{path} ist ein Ordner, keine PopupPOS-Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="166"/>
        <source>The folder {folder} does not exist. Create it, or choose another --db path.</source>
        <translation>Den Ordner {folder} gibt es nicht. Legen Sie ihn an oder wählen Sie mit --db einen anderen Pfad.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="174"/>
        <source>PopupPOS cannot read and write {path} (file permissions). Give your user access to the file, or open another one with --db.</source>
        <translation>PopupPOS kann {path} nicht lesen und schreiben (Dateirechte). Geben Sie Ihrem Benutzer Zugriff auf die Datei oder öffnen Sie mit --db eine andere.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="184"/>
        <source>{path} is not a PopupPOS database (it is not an SQLite file). Nothing was changed; open another file with --db.</source>
        <translation>{path} ist keine PopupPOS-Datenbank (keine SQLite-Datei). Nichts wurde verändert; öffnen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="192"/>
        <source>{path} is not a PopupPOS database (it is another program&apos;s SQLite file). Nothing was changed; open another file with --db.</source>
        <translation>{path} ist keine PopupPOS-Datenbank (die SQLite-Datei eines anderen Programms). Nichts wurde verändert; öffnen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="200"/>
        <source>PopupPOS cannot create a database in {folder}.</source>
        <translation>PopupPOS kann in {folder} keine Datenbank anlegen.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="241"/>
        <source>{name} is already open in another PopupPOS (process {pid}). Switch to that window, or close it first.</source>
        <translation>{name} ist bereits in einem anderen PopupPOS geöffnet (Prozess {pid}). Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="247"/>
        <source>{name} is already open in another PopupPOS. Switch to that window, or close it first.</source>
        <translation>{name} ist bereits in einem anderen PopupPOS geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="295"/>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="300"/>
        <source>{name} was written by a newer PopupPOS (schema {revision}). Install the newer version to open it; this one leaves it untouched.</source>
        <translation>{name} wurde von einer neueren PopupPOS-Version geschrieben (Schema {revision}). Installieren Sie die neuere Version, um sie zu öffnen; diese Version lässt die Datei unverändert.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="310"/>
        <source>{path} is damaged or not a PopupPOS database ({kind}).</source>
        <translation>{path} ist beschädigt oder keine PopupPOS-Datenbank ({kind}).</translation>
    </message>
</context>
<context>
    <name>sync/apply</name>
    <message>
        <location filename="../../sync/apply.py" line="59"/>
        <source>{event_type} is not taken in by this version</source>
        <translation>{event_type} wird von dieser Version nicht übernommen</translation>
    </message>
    <message>
        <location filename="../../sync/apply.py" line="145"/>
        <source>{reason}; the change itself was not kept</source>
        <translation>{reason}; die Änderung selbst wurde nicht aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../sync/apply_common.py" line="44"/>
        <source>the change carries no time</source>
        <extracomment>Names the deterministic ids made for facts whose payload carried none.</extracomment>
        <translation>die Änderung trägt keine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../sync/apply_common.py" line="94"/>
        <source>the product {product} is not in this stall&apos;s catalogue</source>
        <translation>das Produkt {product} ist nicht im Katalog dieses Stands</translation>
    </message>
    <message>
        <location filename="../../sync/apply_hub.py" line="48"/>
        <location filename="../../sync/apply_shop.py" line="373"/>
        <source>the drop has not reached this stall</source>
        <translation>der Drop ist noch nicht an diesem Stand angekommen</translation>
    </message>
    <message>
        <location filename="../../sync/apply_sales.py" line="84"/>
        <source>the sale&apos;s shift has not reached this stall</source>
        <translation>die Schicht des Verkaufs ist noch nicht an diesem Stand angekommen</translation>
    </message>
    <message>
        <location filename="../../sync/apply_sales.py" line="170"/>
        <source>this refund was recorded by an older PopupPOS, without its row ids</source>
        <translation>diese Erstattung wurde von einer älteren PopupPOS-Version ohne Zeilenkennungen erfasst</translation>
    </message>
    <message>
        <location filename="../../sync/apply_sales.py" line="175"/>
        <source>the refunded sale has not reached this stall</source>
        <translation>der erstattete Verkauf ist noch nicht an diesem Stand angekommen</translation>
    </message>
    <message>
        <location filename="../../sync/apply_sales.py" line="230"/>
        <source>this void was recorded by an older PopupPOS, without its shift</source>
        <translation>diese Stornierung wurde von einer älteren PopupPOS-Version ohne ihre Schicht erfasst</translation>
    </message>
    <message>
        <location filename="../../sync/apply_sales.py" line="235"/>
        <source>the voided sale has not reached this stall</source>
        <translation>der stornierte Verkauf ist noch nicht an diesem Stand angekommen</translation>
    </message>
    <message>
        <location filename="../../sync/apply_sales.py" line="262"/>
        <source>the counted product is not in this stall&apos;s catalogue</source>
        <translation>das gezählte Produkt ist nicht im Katalog dieses Stands</translation>
    </message>
    <message>
        <location filename="../../sync/apply_shop.py" line="87"/>
        <source>those SKUs belong to different products on this stall</source>
        <translation>diese Artikelnummern gehören an diesem Stand zu verschiedenen Produkten</translation>
    </message>
    <message>
        <location filename="../../sync/apply_shop.py" line="181"/>
        <source>the pass tier {tier} is not on this stall</source>
        <translation>die Pass-Stufe {tier} gibt es an diesem Stand nicht</translation>
    </message>
    <message>
        <location filename="../../sync/apply_shop.py" line="186"/>
        <source>the pass holder has not reached this stall</source>
        <translation>die Passinhaberin oder der Passinhaber ist noch nicht an diesem Stand angekommen</translation>
    </message>
    <message>
        <location filename="../../sync/apply_shop.py" line="210"/>
        <source>the revoked pass has not reached this stall</source>
        <translation>der widerrufene Pass ist noch nicht an diesem Stand angekommen</translation>
    </message>
    <message>
        <location filename="../../sync/apply_shop.py" line="258"/>
        <source>the session has not reached this stall</source>
        <translation>die Sitzung ist noch nicht an diesem Stand angekommen</translation>
    </message>
    <message>
        <location filename="../../sync/apply_shop.py" line="280"/>
        <source>the booking&apos;s session is not on this stall</source>
        <translation>die Sitzung der Buchung gibt es an diesem Stand nicht</translation>
    </message>
    <message>
        <location filename="../../sync/apply_shop.py" line="282"/>
        <source>the booking&apos;s pass is not on this stall</source>
        <translation>den Pass der Buchung gibt es an diesem Stand nicht</translation>
    </message>
    <message>
        <location filename="../../sync/apply_shop.py" line="302"/>
        <source>the booking has not reached this stall</source>
        <translation>die Buchung ist noch nicht an diesem Stand angekommen</translation>
    </message>
</context>
<context>
    <name>sync/client</name>
    <message>
        <location filename="../../sync/client.py" line="182"/>
        <source>The hub at {url} did not answer in time.</source>
        <translation>Der Hub unter {url} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="188"/>
        <source>Cannot reach the hub at {url}.</source>
        <translation>Der Hub unter {url} ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="192"/>
        <source>Cannot talk to the hub at {url}: {error}</source>
        <translation>Keine Verbindung zum Hub unter {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="202"/>
        <source>{url} answered, but not as a PopupPOS hub does (a login page of the network, or the wrong address?).</source>
        <translation>{url} hat geantwortet, aber nicht wie ein PopupPOS-Hub (eine Anmeldeseite des Netzwerks oder die falsche Adresse?).</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="239"/>
        <source>The hub answered {status} {reason}</source>
        <translation>Der Hub antwortete mit {status} {reason}</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="251"/>
        <source>Too many wrong pairing codes from this address; try again in 1 minute.</source>
        <translation>Zu viele falsche Kopplungscodes von dieser Adresse; versuchen Sie es in 1 Minute erneut.</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="254"/>
        <source>Too many wrong pairing codes from this address; try again in {minutes} minutes.</source>
        <translation>Zu viele falsche Kopplungscodes von dieser Adresse; versuchen Sie es in {minutes} Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="268"/>
        <source>This stall speaks protocol {stall}; the hub speaks {hub}: upgrade the hub.</source>
        <translation>Dieser Stand spricht Protokoll {stall}, der Hub Protokoll {hub}: aktualisieren Sie den Hub.</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="273"/>
        <source>This stall speaks protocol {stall}; the hub speaks {hub}: upgrade PopupPOS on this stall.</source>
        <translation>Dieser Stand spricht Protokoll {stall}, der Hub Protokoll {hub}: aktualisieren Sie PopupPOS auf diesem Stand.</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="283"/>
        <source>Protocol mismatch: upgrade the hub.</source>
        <translation>Die Protokolle passen nicht zusammen: aktualisieren Sie den Hub.</translation>
    </message>
    <message>
        <location filename="../../sync/client.py" line="284"/>
        <source>Protocol mismatch: upgrade PopupPOS on this stall.</source>
        <translation>Die Protokolle passen nicht zusammen: aktualisieren Sie PopupPOS auf diesem Stand.</translation>
    </message>
</context>
<context>
    <name>sync/credential</name>
    <message>
        <location filename="../../sync/credential.py" line="43"/>
        <source>the system keyring</source>
        <extracomment>Where each store kind keeps the token, in words for the status.</extracomment>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../../sync/credential.py" line="44"/>
        <source>this stall&apos;s database (readable by this user only)</source>
        <translation>der Datenbank dieses Stands (nur für diese Benutzerin bzw. diesen Benutzer lesbar)</translation>
    </message>
    <message>
        <location filename="../../sync/credential.py" line="47"/>
        <source>a private file beside the database</source>
        <translation>einer privaten Datei neben der Datenbank</translation>
    </message>
    <message>
        <location filename="../../sync/credential.py" line="91"/>
        <source>{file} can be read by other users of this computer, so the hub credential is not stored in it. Make it private (chmod 600 {file}) and pair again.</source>
        <translation>{file} kann von anderen Benutzern dieses Computers gelesen werden, daher wird der Zugang zum Hub dort nicht gespeichert. Machen Sie die Datei privat (chmod 600 {file}) und koppeln Sie erneut.</translation>
    </message>
</context>
<context>
    <name>sync/engine</name>
    <message>
        <location filename="../../sync/engine.py" line="100"/>
        <source>The hub credential is missing from the system keyring; pair this stall again.</source>
        <extracomment>Events per push request (the hub takes up to MAX_PUSH_EVENTS; bench/sync_push.py tunes). Changes per pull page. Seconds between attempts while all is well, and the backoff&apos;s first step and cap. Seconds between the cheap outbox counts that wake the loop when a sale is made.</extracomment>
        <translation>Der Zugang zum Hub fehlt im Schlüsselbund des Systems; koppeln Sie diesen Stand neu.</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="104"/>
        <source>The hub credential is missing from this stall&apos;s database; pair this stall again.</source>
        <translation>Der Zugang zum Hub fehlt in der Datenbank dieses Stands; koppeln Sie diesen Stand neu.</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="162"/>
        <source>This stall is not paired with a shop hub.</source>
        <translation>Dieser Stand ist mit keinem Shop-Hub gekoppelt.</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="194"/>
        <source>refused by the hub</source>
        <translation>vom Hub abgelehnt</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="245"/>
        <source>The hub no longer accepts this stall: {reason}</source>
        <translation>Der Hub nimmt diesen Stand nicht mehr an: {reason}</translation>
    </message>
</context>
<context>
    <name>sync_status</name>
    <message>
        <location filename="../../ui/sync_status.py" line="118"/>
        <source>Not synced</source>
        <extracomment>How long quitting waits for the worker to finish its current request.</extracomment>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="119"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="120"/>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="121"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="122"/>
        <source>Sync stopped</source>
        <translation>Sync angehalten</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="129"/>
        <source>Trying the hub</source>
        <translation>Versuche den Hub</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="147"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="186"/>
        <source>{waiting} waiting</source>
        <translation>{waiting} wartend</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="188"/>
        <source>All sent</source>
        <translation>Alles gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="193"/>
        <source>Synced {when}</source>
        <translation>Synchronisiert {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="195"/>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="200"/>
        <source>{problems} to check</source>
        <translation>{problems} zu prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="212"/>
        <source>The hub credential is kept in {where}.</source>
        <translation>Der Zugang zum Hub liegt in {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="227"/>
        <source>Waiting to apply here ({event_type} from another stall): {reason}; it is tried again on every sync.</source>
        <translation>Wartet darauf, hier übernommen zu werden ({event_type} von einem anderen Stand): {reason}; bei jeder Synchronisierung neu versucht.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="232"/>
        <source>Cannot apply here ({event_type} from another stall): {reason}. Nothing else is held up by it; tell the shop owner, the stall that sent it may need an update.</source>
        <translation>Kann hier nicht übernommen werden ({event_type} von einem anderen Stand): {reason}. Sonst wird nichts dadurch aufgehalten; sagen Sie es der Inhaberin, der sendende Stand braucht vielleicht ein Update.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="253"/>
        <source>Sync: to check</source>
        <translation>Sync: zu prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="258"/>
        <source>Mark resolved</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="292"/>
        <source>Not accepted by the hub ({event_type}): {reason}</source>
        <translation>Vom Hub nicht angenommen ({event_type}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="299"/>
        <source>Nothing to check.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
</context>
</TS>
