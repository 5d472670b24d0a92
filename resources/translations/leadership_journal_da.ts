<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>About</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A reflective-practice journal for leaders in a development programme: experiences, Action – Reflection – Learning, your leadership theory and study trips, and a PDF portfolio for your sparring partner.</source>
        <translation>En refleksionsdagbog for ledere i et udviklingsforløb: erfaringer, Action – Reflection – Learning, din ledelsesteori og studieture, og en portfolio som PDF til din sparringspartner.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. The app never connects to the internet.</source>
        <translation>Alt bliver på denne computer. Appen opretter aldrig forbindelse til internettet.</translation>
    </message>
    <message>
        <source>Fonts: DejaVu (Bitstream Vera licence) and Droid Sans Fallback (Apache 2.0).</source>
        <translation>Skrifttyper: DejaVu (Bitstream Vera-licens) og Droid Sans Fallback (Apache 2.0).</translation>
    </message>
    <message>
        <source>About Leadership Journal</source>
        <translation>Om Leadership Journal</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Journal locked</source>
        <translation>Dagbogen er låst</translation>
    </message>
    <message>
        <source>The passphrase was wrong three times. The journal stays encrypted and unchanged; start the app again to retry.</source>
        <translation>Adgangssætningen var forkert tre gange. Dagbogen forbliver krypteret og uændret; start appen igen for at prøve igen.</translation>
    </message>
    <message>
        <source>Journal already open</source>
        <translation>Dagbogen er allerede åben</translation>
    </message>
    <message>
        <source>This journal is open in another window of Leadership Journal. Switch to that window; two windows on one journal could lose work.</source>
        <translation>Dagbogen er åben i et andet Leadership Journal-vindue. Skift til det vindue; to vinduer på samme dagbog kan betyde, at tekst går tabt.</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Dagbogen kan ikke åbnes</translation>
    </message>
    <message>
        <source>Journal not found</source>
        <translation>Dagbogen blev ikke fundet</translation>
    </message>
    <message>
        <source>Your journal was last opened in %1, which cannot be found now (a USB drive or network folder not connected?). Nothing has been changed there. Connect it and start the app again; until then, the app opens the journal in %2.</source>
        <translation>Din dagbog blev sidst åbnet i %1, som ikke kan findes nu (et USB-stik eller en netværksmappe, der ikke er tilsluttet?). Intet er ændret der. Tilslut den, og start appen igen; indtil da åbner appen dagbogen i %2.</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Adgangssætningen blev ikke ændret</translation>
    </message>
    <message>
        <source>The journal was not changed and keeps its old passphrase.</source>
        <translation>Dagbogen blev ikke ændret og beholder sin gamle adgangssætning.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Adgangssætningen er ændret</translation>
    </message>
    <message>
        <source>%1 older backups were made under an earlier passphrase and keep it; they open only with that one.</source>
        <translation>%1 ældre sikkerhedskopier blev lavet med en tidligere adgangssætning og beholder den; de kan kun åbnes med den.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Gendannelsen mislykkedes</translation>
    </message>
    <message>
        <source>The backup was not restored; the journal is as it was.</source>
        <translation>Sikkerhedskopien blev ikke gendannet; dagbogen er, som den var.</translation>
    </message>
    <message>
        <source>It was encrypted with the journal&apos;s current passphrase.</source>
        <translation>Den blev krypteret med dagbogens nuværende adgangssætning.</translation>
    </message>
    <message>
        <source>It is stored unencrypted, as the journal was.</source>
        <translation>Den gemmes ukrypteret, som dagbogen var.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er gendannet</translation>
    </message>
    <message>
        <source>The backup was restored. The journal as it was before is kept as a backup.</source>
        <translation>Sikkerhedskopien blev gendannet. Dagbogen, som den var før, er gemt som en sikkerhedskopi.</translation>
    </message>
</context>
<context>
    <name>ArlEditor</name>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksion</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Læring</translation>
    </message>
    <message>
        <source>Next experiment</source>
        <translation>Næste eksperiment</translation>
    </message>
    <message>
        <source>The experiences this entry is worked up from</source>
        <translation>De erfaringer, notatet er bearbejdet fra</translation>
    </message>
    <message>
        <source>What initiative did you take, what did you try? Which of your limits did you challenge, which new strategy or approach did you test?</source>
        <translation>Hvilket initiativ tog du, hvad afprøvede du? Hvilke af dine grænser udfordrede du, hvilken ny strategi eller tilgang afprøvede du?</translation>
    </message>
    <message>
        <source>Stop and look again: how do you see it now, and how might others see it? Which of your established patterns of acting and thinking can you challenge? What do your observations say?</source>
        <translation>Stop op og se igen: hvordan ser du det nu, og hvordan kan andre se det? Hvilke af dine vante handle- og tankemønstre kan du udfordre? Hvad siger dine observationer?</translation>
    </message>
    <message>
        <source>Put it into words: what have you learned about leadership? What does it mean for your own leadership theory, your values and your goals?</source>
        <translation>Sæt ord på det: hvad har du lært om ledelse? Hvad betyder det for din egen ledelsesteori, dit værdigrundlag og dine mål?</translation>
    </message>
    <message>
        <source>How will you put it into action: what will you try next, and when?</source>
        <translation>Hvordan omsætter du det til handling: hvad afprøver du næste gang, og hvornår?</translation>
    </message>
    <message>
        <source>E&amp;xperiences…</source>
        <translation>Erfarin&amp;ger…</translation>
    </message>
    <message>
        <source>Choose the experiences this entry is worked up from</source>
        <translation>Vælg de erfaringer, notatet bearbejder</translation>
    </message>
    <message>
        <source>(deleted experience)</source>
        <translation>(slettet erfaring)</translation>
    </message>
    <message>
        <source>Worked up from: %1</source>
        <translation>Bearbejdet fra: %1</translation>
    </message>
    <message>
        <source>version %1 of “%2” (%3)</source>
        <translation>version %1 af »%2« (%3)</translation>
    </message>
    <message>
        <source>my leadership theory</source>
        <translation>min ledelsesteori</translation>
    </message>
    <message>
        <source>This learning changed your leadership theory: %1</source>
        <translation>Denne læring ændrede din ledelsesteori: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>A backup is made when the journal is opened (once a day), before every update and import. Restoring one first backs up the journal as it is now.</source>
        <translation>Der tages en sikkerhedskopi, når dagbogen åbnes (én gang om dagen), og før hver opdatering og import. Før en kopi gendannes, sikkerhedskopieres dagbogen, som den er nu.</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Tag kopi &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Gendan valgte…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Gendan fra en &amp;fil…</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>taget af dig</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>før en opdatering</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>før en import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gendannelse</translation>
    </message>
    <message>
        <source>before a passphrase change</source>
        <translation>før ændring af adgangssætningen</translation>
    </message>
    <message>
        <source>the damaged journal, kept as it was</source>
        <translation>den beskadigede dagbog, gemt som den var</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhedskopieringen mislykkedes</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace the journal with the backup from %1? The journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Erstat dagbogen med sikkerhedskopien fra %1? Dagbogen, som den er nu, sikkerhedskopieres først, så du kan fortryde ved at gendanne den kopi.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Gendan fra en fil</translation>
    </message>
    <message>
        <source>Journal copies (*.sqlite3 *.db);;All files (*)</source>
        <translation>Dagbogskopier (*.sqlite3 *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Replace the journal with %1? The journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Erstat dagbogen med %1? Dagbogen, som den er nu, sikkerhedskopieres først, så det kan fortrydes ved at gendanne den sikkerhedskopi.</translation>
    </message>
</context>
<context>
    <name>ChooseExperiencesDialog</name>
    <message>
        <source>Worked up from</source>
        <translation>Bearbejdet fra</translation>
    </message>
    <message>
        <source>Tick the experiences this entry works up: what they have in common is the material for your reflection and learning.</source>
        <translation>Sæt flueben ved de erfaringer, notatet bearbejder: det, de har til fælles, er materialet for din refleksion og læring.</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrér på titel</translation>
    </message>
    <message>
        <source>Filter the experiences</source>
        <translation>Filtrér erfaringerne</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Erfaringer</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <source>My response…</source>
        <translation>Mit svar…</translation>
    </message>
    <message>
        <source>My response to this comment</source>
        <translation>Mit svar på kommentaren</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Leadership Journal</source>
        <translation>Leadership Journal</translation>
    </message>
    <message>
        <source>Something went wrong inside Leadership Journal. Your saved entries are safe; if the text you are writing was not saved, copy it before you go on.</source>
        <translation>Noget gik galt i Leadership Journal. Dine gemte notater er i sikkerhed; hvis teksten, du skriver, ikke er gemt, så kopiér den, før du fortsætter.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <source>The details for the developers are in %1.</source>
        <translation>Detaljerne til udviklerne står i %1.</translation>
    </message>
</context>
<context>
    <name>Damaged</name>
    <message>
        <source>The journal is damaged</source>
        <translation>Dagbogen er beskadiget</translation>
    </message>
    <message>
        <source>The journal file fails its integrity check. Nothing more is written to it, so what you type now cannot be saved: copy any new text somewhere safe.</source>
        <translation>Dagbogsfilen består ikke sit integritetstjek. Der skrives ikke mere til den, så det, du skriver nu, kan ikke gemmes: kopiér ny tekst til et sikkert sted.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restoring it keeps a copy of the damaged file among the backups.</source>
        <translation>Den nyeste hele sikkerhedskopi er fra %1. Når den gendannes, gemmes en kopi af den beskadigede fil blandt sikkerhedskopierne.</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>Gendan den sikkerhedskopi</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Ask your IT support for help.</source>
        <translation>Der er ingen hel sikkerhedskopi at gendanne. Bed din IT-support om hjælp.</translation>
    </message>
</context>
<context>
    <name>DriverDiagramView</name>
    <message>
        <source>Aim</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Primary drivers</source>
        <translation>Primære drivere</translation>
    </message>
    <message>
        <source>Secondary drivers</source>
        <translation>Sekundære drivere</translation>
    </message>
    <message>
        <source>Change ideas</source>
        <translation>Forandringsidéer</translation>
    </message>
    <message numerus="yes">
        <source>%n drivers and change ideas</source>
        <translation>
            <numerusform>%n driver eller forandringsidé</numerusform>
            <numerusform>%n drivere og forandringsidéer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriverTreeEditor</name>
    <message>
        <source>Driver diagram</source>
        <translation>Driverdiagram</translation>
    </message>
    <message>
        <source>Aim, drivers and change ideas</source>
        <translation>Mål, drivere og forandringsidéer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Add &amp;below</source>
        <translation>Tilføj &amp;under</translation>
    </message>
    <message>
        <source>A driver or change idea under the selected one (Insert)</source>
        <translation>En driver eller forandringsidé under den valgte (Insert)</translation>
    </message>
    <message>
        <source>Add ne&amp;xt</source>
        <translation>Tilføj &amp;efter</translation>
    </message>
    <message>
        <source>One after the selected one (Ctrl+Return)</source>
        <translation>En efter den valgte (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Change &amp;idea</source>
        <translation>Forandrings&amp;idé</translation>
    </message>
    <message>
        <source>Mark it a change idea, or a driver again (Ctrl+K)</source>
        <translation>Gør den til en forandringsidé, eller til en driver igen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Remove it and what is under it (Delete)</source>
        <translation>Fjern den og det, der ligger under den (Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Fl&amp;yt ned</translation>
    </message>
    <message>
        <source>Change idea: %1</source>
        <translation>Forandringsidé: %1</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Forandringsidé</translation>
    </message>
    <message>
        <source>Primary driver</source>
        <translation>Primær driver</translation>
    </message>
    <message>
        <source>Secondary driver</source>
        <translation>Sekundær driver</translation>
    </message>
    <message>
        <source>A change idea has nothing under it; add one next to it.</source>
        <translation>En forandringsidé har intet under sig; tilføj en ved siden af den.</translation>
    </message>
    <message>
        <source>The diagram has three levels: drivers, drivers, ideas.</source>
        <translation>Diagrammet har tre niveauer: drivere, drivere, idéer.</translation>
    </message>
    <message>
        <source>New change idea</source>
        <translation>Ny forandringsidé</translation>
    </message>
    <message>
        <source>New driver</source>
        <translation>Ny driver</translation>
    </message>
    <message>
        <source>Only a node with nothing under it can be a change idea.</source>
        <translation>Kun noget, der ikke har noget under sig, kan være en forandringsidé.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and the %n under it?</source>
        <translation>
            <numerusform>Fjern »%1« og den, der ligger under?</numerusform>
            <numerusform>Fjern »%1« og de %n, der ligger under?</numerusform>
        </translation>
    </message>
    <message>
        <source>A change idea has nothing under it.</source>
        <translation>En forandringsidé har intet under sig.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Everything stays under the aim.</source>
        <translation>Alt ligger under målet.</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <source>Encrypt the journal</source>
        <translation>Kryptér dagbogen</translation>
    </message>
    <message>
        <source>The journal is encrypted. Enter the passphrase it has now, then a new one; or remove the encryption.</source>
        <translation>Dagbogen er krypteret. Skriv den adgangssætning, den har nu, og derefter en ny; eller fjern krypteringen.</translation>
    </message>
    <message>
        <source>With a passphrase the whole journal and its backups are encrypted on this computer (SQLCipher, AES-256). The app closes the journal, encrypts it and opens it again.</source>
        <translation>Med en adgangssætning krypteres hele dagbogen og dens sikkerhedskopier på denne computer (SQLCipher, AES-256). Appen lukker dagbogen, krypterer den og åbner den igen.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuværende adgangssætning</translation>
    </message>
    <message>
        <source>Delete the existing backups instead of re-encrypting them</source>
        <translation>Slet de eksisterende sikkerhedskopier i stedet for at kryptere dem igen</translation>
    </message>
    <message>
        <source>Every backup is re-written with the new passphrase (or without one), so no copy under the old one stays behind. Tick this to delete them instead; a new backup is made first.</source>
        <translation>Hver sikkerhedskopi skrives om med den nye adgangssætning (eller uden), så ingen kopi med den gamle bliver tilbage. Sæt flueben for at slette dem i stedet; der laves først en ny sikkerhedskopi.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuværende adgangssætning:</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangssætning</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Kryptér</translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation>&amp;Fjern krypteringen…</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Den nuværende adgangssætning er forkert.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Fjern krypteringen</translation>
    </message>
    <message>
        <source>Store the journal unencrypted? Anyone who can read this computer&apos;s files can then read it. Its backups are decrypted too, unless you chose to delete them.</source>
        <translation>Gem dagbogen ukrypteret? I så fald kan alle, der kan læse denne computers filer, læse den. Sikkerhedskopierne dekrypteres også, medmindre du valgte at slette dem.</translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <source>Whole month</source>
        <translation>Hele måneden</translation>
    </message>
    <message>
        <source>Show the entries of the month shown above</source>
        <translation>Vis notaterne fra måneden ovenfor</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>EntryHeader</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Programme session</source>
        <translation>Samling i forløbet</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Ingen samling</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, adskilt med komma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Competency areas</source>
        <translation>Kompetenceområder</translation>
    </message>
    <message>
        <source>Pr&amp;ivate</source>
        <translation>Pr&amp;ivat</translation>
    </message>
    <message>
        <source>Private entry</source>
        <translation>Privat notat</translation>
    </message>
    <message>
        <source>Private entries are left out of the portfolio unless you include them.</source>
        <translation>Private notater kommer ikke med i portfolioen, medmindre du tager dem med.</translation>
    </message>
    <message>
        <source>PRIVATE</source>
        <translation>PRIVAT</translation>
    </message>
    <message>
        <source>This entry is private</source>
        <translation>Notatet er privat</translation>
    </message>
    <message numerus="yes">
        <source>Areas (%n)</source>
        <translation>
            <numerusform>Områder (%n)</numerusform>
            <numerusform>Områder (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The journal&apos;s file or folder is read-only for your account, so nothing can be saved there. Nothing was changed, and your text is still here.</source>
        <translation>Dagbogens fil eller mappe er skrivebeskyttet for din konto, så intet kan gemmes der. Intet blev ændret, og din tekst er her stadig.</translation>
    </message>
    <message>
        <source>The journal file is empty: it holds no entries. It was not changed; restoring the latest backup is the safe way on.</source>
        <translation>Dagbogsfilen er tom: den indeholder ingen notater. Den blev ikke ændret; det sikreste er at gendanne den seneste sikkerhedskopi.</translation>
    </message>
    <message>
        <source>There is no journal in that folder.</source>
        <translation>Der er ingen dagbog i den mappe.</translation>
    </message>
    <message>
        <source>This is larger than the journal takes; nothing of it was stored.</source>
        <translation>Det her er større, end dagbogen kan rumme; intet af det blev gemt.</translation>
    </message>
    <message>
        <source>The portfolio could not be written; no file was left behind.</source>
        <translation>Portfolioen kunne ikke skrives; der blev ikke efterladt nogen fil.</translation>
    </message>
    <message>
        <source>The change could not be written: the disk may be full, or the journal&apos;s folder may be read-only. Nothing of it was stored, and your text is still here.</source>
        <translation>Ændringen kunne ikke skrives: disken kan være fuld, eller dagbogens mappe kan være skrivebeskyttet. Intet af den blev gemt, og din tekst er her stadig.</translation>
    </message>
    <message>
        <source>This journal is encrypted: it opens with its passphrase.</source>
        <translation>Dagbogen er krypteret: den åbnes med sin adgangssætning.</translation>
    </message>
    <message>
        <source>The passphrase does not open this journal.</source>
        <translation>Adgangssætningen åbner ikke denne dagbog.</translation>
    </message>
    <message>
        <source>This file is not a Leadership Journal, or it is damaged. It was not changed.</source>
        <translation>Filen er ikke en Leadership Journal-dagbog, eller den er beskadiget. Den blev ikke ændret.</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Leadership Journal. Update the app to open it; the journal was not changed.</source>
        <translation>Dagbogen er skrevet af en nyere version af Leadership Journal. Opdater appen for at åbne den; dagbogen blev ikke ændret.</translation>
    </message>
    <message>
        <source>The journal fails its integrity check. It was not changed; restoring the latest backup is the safe way on.</source>
        <translation>Dagbogen består ikke sit integritetstjek. Den blev ikke ændret; det sikreste er at gendanne den seneste sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The journal is open in another window of Leadership Journal.</source>
        <translation>Dagbogen er åben i et andet Leadership Journal-vindue.</translation>
    </message>
    <message>
        <source>That entry no longer exists; it may have been deleted.</source>
        <translation>Notatet findes ikke længere; det kan være blevet slettet.</translation>
    </message>
    <message>
        <source>The file cannot be used; nothing was changed.</source>
        <translation>Filen kan ikke bruges; intet blev ændret.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation>Filen kunne ikke læses eller skrives. Intet blev ændret.</translation>
    </message>
    <message>
        <source>The journal refused the change.</source>
        <translation>Dagbogen afviste ændringen.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
</context>
<context>
    <name>ExperienceEditor</name>
    <message>
        <source>What happened? Who was there, what did you do and say, what did you notice?</source>
        <translation>Hvad skete der? Hvem var der, hvad gjorde og sagde du, hvad lagde du mærke til?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <source>Work up into A–R–L…</source>
        <translation>Bearbejd til A–R–L…</translation>
    </message>
    <message>
        <source>Start an Action – Reflection – Learning entry from this experience</source>
        <translation>Opret et A–R–L-notat ud fra denne erfaring</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export portfolio</source>
        <translation>Eksportér portfolio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Only entries with these tags</source>
        <translation>Kun notater med disse tags</translation>
    </message>
    <message>
        <source>Include &amp;private entries (marked as private)</source>
        <translation>Tag &amp;private notater med (markeret som private)</translation>
    </message>
    <message>
        <source>Include the &amp;dialogue with my mentor (comments and my responses)</source>
        <translation>Tag &amp;dialogen med min sparringspartner med (kommentarerne og mine svar)</translation>
    </message>
    <message>
        <source>Include my &amp;improvement work (aim, driver diagram, cycles, run charts)</source>
        <translation>Tag mit &amp;forbedringsarbejde med (mål, driverdiagram, cyklusser, seriediagrammer)</translation>
    </message>
    <message>
        <source>&amp;Leave out entries…</source>
        <translation>&amp;Udelad notater…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>optional: the mentor needs it to open the PDF</source>
        <translation>valgfrit: sparringspartneren skal bruge den for at åbne PDF-filen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gentag adgangskoden</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Adgangskoderne er forskellige.</translation>
    </message>
    <message>
        <source>Portfolio %1.pdf</source>
        <translation>Portfolio %1.pdf</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Medtag:</translation>
    </message>
    <message>
        <source>Tags (none checked: all):</source>
        <translation>Tags (ingen valgt: alle):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Gentag:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Gem som:</translation>
    </message>
    <message>
        <source>Entries with personal identity numbers</source>
        <translation>Notater med personnumre</translation>
    </message>
    <message>
        <source>&amp;Mask personal identity numbers in the portfolio (XXXXXX-XXXX)</source>
        <translation>&amp;Maskér personnumre i portfolioen (XXXXXX-XXXX)</translation>
    </message>
    <message>
        <source>Patient data:</source>
        <translation>Patientdata:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Notes of the sparring meetings</source>
        <translation>Notater fra sparringmøderne</translation>
    </message>
    <message>
        <source>No personal identity numbers in the entries you export.</source>
        <translation>Ingen personnumre i de notater, du eksporterer.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the entries you export hold what looks like a personal identity number. The portfolio shows them masked; your journal is not changed.</source>
        <translation>
            <numerusform>%n af de notater, du eksporterer, indeholder noget, der ligner et personnummer. Portfolioen viser dem maskeret; din dagbog ændres ikke.</numerusform>
            <numerusform>%n af de notater, du eksporterer, indeholder noget, der ligner et personnummer. Portfolioen viser dem maskeret; din dagbog ændres ikke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the entries you export hold what looks like a personal identity number, and the portfolio shows them as written.</source>
        <translation>
            <numerusform>%n af de notater, du eksporterer, indeholder noget, der ligner et personnummer, og portfolioen viser dem, som de er skrevet.</numerusform>
            <numerusform>%n af de notater, du eksporterer, indeholder noget, der ligner et personnummer, og portfolioen viser dem, som de er skrevet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export unmasked?</source>
        <translation>Eksportér uden maskering?</translation>
    </message>
    <message>
        <source>The portfolio would show personal identity numbers as written. It is meant to be sent to your mentor, and patient data does not belong in it. Export them unmasked?</source>
        <translation>Portfolioen ville vise personnumre, som de er skrevet. Den er beregnet til at blive sendt til din mentor, og patientdata hører ikke hjemme i den. Eksportér dem uden maskering?</translation>
    </message>
    <message>
        <source>The password is too long for PDF readers: use at most %1 letters.</source>
        <translation>Adgangskoden er for lang til PDF-læsere: brug højst %1 tegn.</translation>
    </message>
    <message>
        <source>Save portfolio as</source>
        <translation>Gem portfolioen som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Entries in the portfolio</source>
        <translation>Notater i portfolioen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Uncheck the entries to leave out.</source>
        <translation>Fjern markeringen ved de notater, der skal udelades.</translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n udeladt</numerusform>
            <numerusform>%n udeladt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Laying out the portfolio…</source>
        <translation>Portfolioen sættes op…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>Eksportér portfolio</translation>
    </message>
    <message>
        <source>Portfolio exported</source>
        <translation>Portfolioen er eksporteret</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n notat</numerusform>
            <numerusform>%n notater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 på %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n personal identity numbers are masked in it; your journal is unchanged.</source>
        <translation>
            <numerusform>%n personnummer er maskeret i den; din dagbog er uændret.</numerusform>
            <numerusform>%n personnumre er maskeret i den; din dagbog er uændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some photos could not be shown; see details.</source>
        <translation>Nogle fotos kunne ikke vises; se detaljer.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Åbn PDF</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; ingen fil blev skrevet.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Leadership Journal</source>
        <translation>Velkommen til Leadership Journal</translation>
    </message>
    <message>
        <source>Your journal stays on this computer. Tell it who you are and which programme you take part in; you can change both later.</source>
        <translation>Din dagbog bliver på denne computer. Fortæl, hvem du er, og hvilket forløb du deltager i; du kan ændre begge dele senere.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Din rolle</translation>
    </message>
    <message>
        <source>e.g. head of department</source>
        <translation>f.eks. afdelingsleder</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Din organisation</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Appens sprog</translation>
    </message>
    <message>
        <source>Language of the portfolio</source>
        <translation>Portfolioens sprog</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Choose your programme…</source>
        <translation>Vælg dit program…</translation>
    </message>
    <message>
        <source>Another programme (enter its name)</source>
        <translation>Et andet forløb (skriv navnet)</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Forløbets navn</translation>
    </message>
    <message>
        <source>Programme start date</source>
        <translation>Forløbets startdato</translation>
    </message>
    <message>
        <source>Programme end date</source>
        <translation>Forløbets slutdato</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Language of the &amp;app:</source>
        <translation>&amp;Appens sprog:</translation>
    </message>
    <message>
        <source>Portfolio &amp;language:</source>
        <translation>Portfolioens &amp;sprog:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Forløb:</translation>
    </message>
    <message>
        <source>Programme na&amp;me:</source>
        <translation>Forløbets na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>S&amp;tarter:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>S&amp;lutter:</translation>
    </message>
    <message>
        <source>Protect the journal with a passp&amp;hrase</source>
        <translation>Beskyt dagbogen med en a&amp;dgangssætning</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Opret min dagbog</translation>
    </message>
</context>
<context>
    <name>GeneralComments</name>
    <message>
        <source>Comments on the whole portfolio</source>
        <translation>Kommentarer til hele portfolioen</translation>
    </message>
    <message>
        <source>Your mentor&apos;s comments are all on entries: open an entry to see its comments beside it.</source>
        <translation>Din sparringspartners kommentarer står alle ved notater: åbn et notat for at se dets kommentarer ved siden af.</translation>
    </message>
</context>
<context>
    <name>IdentityGuard</name>
    <message>
        <source>Not remembered</source>
        <translation>Blev ikke husket</translation>
    </message>
    <message>
        <source>This looks like a personal identity number; patient data does not belong in the journal. Right-click it to mask it.</source>
        <translation>Det her ligner et personnummer; patientdata hører ikke hjemme i dagbogen. Højreklik for at maskere det.</translation>
    </message>
    <message>
        <source>Mask the last digits (%1)</source>
        <translation>Maskér de sidste cifre (%1)</translation>
    </message>
    <message>
        <source>Mask the whole number</source>
        <translation>Maskér hele nummeret</translation>
    </message>
    <message>
        <source>Not a personal number</source>
        <translation>Ikke et personnummer</translation>
    </message>
</context>
<context>
    <name>ImprovementDialog</name>
    <message>
        <source>Improvement work</source>
        <translation>Forbedringsarbejde</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <source>&amp;New initiative</source>
        <translation>&amp;Nyt initiativ</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>&amp;Aim and team</source>
        <translation>&amp;Mål og team</translation>
    </message>
    <message>
        <source>Driver dia&amp;gram</source>
        <translation>Driver&amp;diagram</translation>
    </message>
    <message>
        <source>&amp;PDSA cycles</source>
        <translation>&amp;PDSA-cyklusser</translation>
    </message>
    <message>
        <source>Indi&amp;cators</source>
        <translation>Indi&amp;katorer</translation>
    </message>
    <message>
        <source>Title of the initiative</source>
        <translation>Initiativets titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What are we trying to accomplish? How much, for whom, by when?</source>
        <translation>Hvad vil vi opnå? Hvor meget, for hvem, hvornår?</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Partners across sectors</source>
        <translation>Samarbejdspartnere på tværs af sektorer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>A&amp;im:</source>
        <translation>M&amp;ål:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Pa&amp;rtners across sectors:</source>
        <translation>Samar&amp;bejdspartnere:</translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation>PDSA-cyklusser</translation>
    </message>
    <message>
        <source>Add c&amp;ycle</source>
        <translation>Tilføj c&amp;yklus</translation>
    </message>
    <message>
        <source>Remo&amp;ve cycle</source>
        <translation>Fjern cyklus</translation>
    </message>
    <message>
        <source>Title of the cycle</source>
        <translation>Cyklussens titel</translation>
    </message>
    <message>
        <source>The change idea it tests</source>
        <translation>Forandringsidéen, den afprøver</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planlæg</translation>
    </message>
    <message>
        <source>What will we try, who does what, when?</source>
        <translation>Hvad vil vi afprøve, hvem gør hvad, hvornår?</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Forudsigelse</translation>
    </message>
    <message>
        <source>What do we predict will happen?</source>
        <translation>Hvad forudsiger vi vil ske?</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Udfør</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Hvad skete der?</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studér</translation>
    </message>
    <message>
        <source>How does it compare with the prediction?</source>
        <translation>Hvordan passer det med forudsigelsen?</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Handl</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Ikke besluttet endnu</translation>
    </message>
    <message>
        <source>Work up the study into A–R–L</source>
        <translation>Bearbejd studiet til et A–R–L-notat</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Tit&amp;el:</translation>
    </message>
    <message>
        <source>Change &amp;idea:</source>
        <translation>Forandrings&amp;idé:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>Plan (&amp;what, who, when):</source>
        <translation>P&amp;lanlæg:</translation>
    </message>
    <message>
        <source>P&amp;rediction:</source>
        <translation>Forudsi&amp;gelse:</translation>
    </message>
    <message>
        <source>D&amp;o:</source>
        <translation>&amp;Udfør:</translation>
    </message>
    <message>
        <source>Ac&amp;t:</source>
        <translation>&amp;Handl:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>Beslutning:</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>Tilføj &amp;indikator</translation>
    </message>
    <message>
        <source>De&amp;finition:</source>
        <translation>De&amp;finition:</translation>
    </message>
    <message>
        <source>St&amp;udy:</source>
        <translation>Stud&amp;ér:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Remove indica&amp;tor</source>
        <translation>Fjern indika&amp;tor</translation>
    </message>
    <message>
        <source>Name of the indicator</source>
        <translation>Indikatorens navn</translation>
    </message>
    <message>
        <source>Kind of indicator</source>
        <translation>Type af indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Pa&amp;ste from a spreadsheet</source>
        <translation>Indsæt fra et &amp;regneark</translation>
    </message>
    <message>
        <source>Two columns: a date and a number (Ctrl+Shift+V)</source>
        <translation>To kolonner: en dato og et tal (Ctrl+Skift+V)</translation>
    </message>
    <message>
        <source>Import CS&amp;V…</source>
        <translation>Importér CS&amp;V…</translation>
    </message>
    <message>
        <source>PDSA cycles marked on the chart</source>
        <translation>PDSA-cyklusser, der markeres i diagrammet</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;avn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlægges</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Afprøves</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Implementeres</translation>
    </message>
    <message>
        <source>Spreading</source>
        <translation>Spredes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Indfør</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Tilpas</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Opgiv</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Resultatindikator</translation>
    </message>
    <message>
        <source>Process measure</source>
        <translation>Procesindikator</translation>
    </message>
    <message>
        <source>Balancing measure</source>
        <translation>Balanceindikator</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nyt initiativ</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Slet initiativ</translation>
    </message>
    <message>
        <source>Delete “%1” with its diagram, cycles and indicators?</source>
        <translation>Slet »%1« med dets diagram, cyklusser og indikatorer?</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerer…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The last changes could not be saved. Close and lose them?</source>
        <translation>De seneste ændringer kunne ikke gemmes. Vil du lukke og miste dem?</translation>
    </message>
    <message>
        <source>No change idea</source>
        <translation>Ingen forandringsidé</translation>
    </message>
    <message>
        <source>PDSA %1</source>
        <translation>PDSA %1</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Ikke beholdt: %1</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Fjern indikator</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n measurements?</source>
        <translation>
            <numerusform>Fjern »%1« og dens måling?</numerusform>
            <numerusform>Fjern »%1« og dens %n målinger?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added</source>
        <translation>Intet blev tilføjet</translation>
    </message>
    <message>
        <source>The values were not added: %1</source>
        <translation>Værdierne blev ikke tilføjet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n values added</source>
        <translation>
            <numerusform>%n værdi tilføjet</numerusform>
            <numerusform>%n værdier tilføjet</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importér CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Experience</source>
        <translation>Erfaring</translation>
    </message>
    <message>
        <source>Action – Reflection – Learning</source>
        <translation>Action – Reflection – Learning</translation>
    </message>
    <message>
        <source>Leadership theory</source>
        <translation>Ledelsesteori</translation>
    </message>
    <message>
        <source>Study-trip note</source>
        <translation>Notat fra studietur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Leadership Journal</source>
        <translation>Leadership Journal</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>New &amp;experience</source>
        <translation>Ny &amp;erfaring</translation>
    </message>
    <message>
        <source>New &amp;A–R–L entry</source>
        <translation>Nyt &amp;A–R–L-notat</translation>
    </message>
    <message>
        <source>New study-&amp;trip note</source>
        <translation>Nyt notat fra &amp;studietur</translation>
    </message>
    <message>
        <source>My &amp;leadership theory</source>
        <translation>Min ledelses&amp;teori</translation>
    </message>
    <message>
        <source>E&amp;xport portfolio (PDF)…</source>
        <translation>Eksportér &amp;portfolio (PDF)…</translation>
    </message>
    <message>
        <source>Foreword and closing &amp;summary…</source>
        <translation>Forord og &amp;opsummering…</translation>
    </message>
    <message>
        <source>Import &amp;mentor&apos;s comments…</source>
        <translation>I&amp;mportér kommentarer fra sparringspartneren…</translation>
    </message>
    <message>
        <source>Comments on the &amp;whole portfolio…</source>
        <translation>Kommentarer til &amp;hele portfolioen…</translation>
    </message>
    <message>
        <source>Pri&amp;vacy check…</source>
        <translation>Pri&amp;vatlivskontrol…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Gem en &amp;kopi…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sikke&amp;rhedskopier…</translation>
    </message>
    <message>
        <source>Passp&amp;hrase…</source>
        <translation>A&amp;dgangssætning…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Afsl&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Search the journal</source>
        <translation>&amp;Søg i dagbogen</translation>
    </message>
    <message>
        <source>&amp;Work up into A–R–L</source>
        <translation>&amp;Bearbejd til A–R–L</translation>
    </message>
    <message>
        <source>&amp;Delete entry…</source>
        <translation>S&amp;let notat…</translation>
    </message>
    <message>
        <source>Empty the &amp;Trash…</source>
        <translation>Tøm &amp;papirkurven…</translation>
    </message>
    <message>
        <source>Show my mentor&apos;s &amp;comments</source>
        <translation>Vis &amp;kommentarer fra sparringspartneren</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>F&amp;orløb</translation>
    </message>
    <message>
        <source>Programme and &amp;sessions…</source>
        <translation>Forløb og &amp;samlinger…</translation>
    </message>
    <message>
        <source>Use programme &amp;file…</source>
        <translation>Brug forløbs&amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Change programme…</source>
        <translation>S&amp;kift forløb…</translation>
    </message>
    <message>
        <source>&amp;Rate my competencies…</source>
        <translation>&amp;Vurdér mine kompetencer…</translation>
    </message>
    <message>
        <source>&amp;Improvement work…</source>
        <translation>Forbedrings&amp;arbejde…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Leadership Journal</source>
        <translation>&amp;Om Leadership Journal</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Antal ord</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln ord</numerusform>
            <numerusform>%Ln ord</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>This entry could not be saved, so it stays open and nothing is lost. Reason: %1</source>
        <translation>Notatet kunne ikke gemmes, så det forbliver åbent, og intet går tabt. Årsag: %1</translation>
    </message>
    <message>
        <source>My leadership theory</source>
        <translation>Min ledelsesteori</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Slet notat</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash? Edit → Undo (Ctrl+Z) brings it back at once, and it can be restored from the Trash for %2 days.</source>
        <translation>Flyt “%1” til papirkurven? Rediger → Fortryd (Ctrl+Z) henter det straks tilbage, og det kan gendannes fra papirkurven i %2 dage.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>The entry&apos;s latest changes could not be saved, so it stays open and nothing is lost. Reason: %1</source>
        <translation>Notatets seneste ændringer kunne ikke gemmes, så det forbliver åbent, og intet går tabt. Årsag: %1</translation>
    </message>
    <message>
        <source>Moved to the Trash. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Flyttet til papirkurven. Rediger → Fortryd (Ctrl+Z) henter det tilbage.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Ikke gendannet</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>Notatet er tilbage.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Slet for altid</translation>
    </message>
    <message>
        <source>Delete “%1” for good? It cannot be restored from the Trash afterwards; only a backup made before today may still hold it.</source>
        <translation>Slet “%1” for altid? Det kan ikke gendannes fra papirkurven bagefter; kun en sikkerhedskopi fra før i dag kan stadig indeholde det.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Papirkurven er tom.</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Tøm papirkurven</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n entries in the Trash for good? They cannot be restored afterwards.</source>
        <translation>
            <numerusform>Slet notatet i papirkurven for altid? Det kan ikke gendannes bagefter.</numerusform>
            <numerusform>Slet de %n notater i papirkurven for altid? De kan ikke gendannes bagefter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries in %1.</source>
        <translation>Ingen notater i %1.</translation>
    </message>
    <message>
        <source>No entries on %1.</source>
        <translation>Ingen notater %1.</translation>
    </message>
    <message>
        <source>No entries yet. Press Ctrl+N to note what happened today, or start one on the right.</source>
        <translation>Ingen notater endnu. Tryk Ctrl+N for at skrive ned, hvad der skete i dag, eller begynd et til højre.</translation>
    </message>
    <message>
        <source>The Trash is empty. Deleted entries stay here for %1 days.</source>
        <translation>Papirkurven er tom. Slettede notater bliver her i %1 dage.</translation>
    </message>
    <message>
        <source>No entries for this session yet. An entry belongs to a session when you choose it in the entry&apos;s header.</source>
        <translation>Ingen notater til denne samling endnu. Et notat hører til en samling, når du vælger samlingen øverst i notatet.</translation>
    </message>
    <message>
        <source>No entries here yet.</source>
        <translation>Ingen notater her endnu.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: the disk may be full.</source>
        <translation>Dagens sikkerhedskopi kunne ikke laves: disken er måske fuld.</translation>
    </message>
    <message>
        <source>Programme not changed</source>
        <translation>Forløbet er uændret</translation>
    </message>
    <message>
        <source>The programme could not be saved; nothing has changed. Reason: %1</source>
        <translation>Forløbet kunne ikke gemmes; intet er ændret. Årsag: %1</translation>
    </message>
    <message>
        <source>Encryption not installed</source>
        <translation>Krypteringen er ikke installeret</translation>
    </message>
    <message>
        <source>Encrypting the journal needs the optional SQLCipher part of the app. Install it with: pip install &quot;leadership-journal[encryption]&quot;</source>
        <translation>For at kryptere dagbogen skal appens valgfrie SQLCipher-del være installeret. Installér den med: pip install &quot;leadership-journal[encryption]&quot;</translation>
    </message>
    <message>
        <source>The open entry could not be saved (%1). Close anyway and lose the latest changes?</source>
        <translation>Det åbne notat kunne ikke gemmes (%1). Luk alligevel og mist de seneste ændringer?</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Too long to paste</source>
        <translation>For lang til at indsætte</translation>
    </message>
    <message>
        <source>This would make the text %1 characters long; one text holds at most %2 (about a thousand pages). Nothing was pasted; paste a part of it.</source>
        <translation>Teksten ville blive %1 tegn lang; en tekst kan rumme højst %2 (omkring tusind sider). Intet blev indsat; indsæt en del af den.</translation>
    </message>
</context>
<context>
    <name>MentorImport</name>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunne ikke læses.</translation>
    </message>
    <message>
        <source>The file is far larger than a portfolio; it was not read.</source>
        <translation>Filen er langt større end en portfolio; den blev ikke læst.</translation>
    </message>
    <message>
        <source>This is not a PDF file, or it is damaged.</source>
        <translation>Det er ikke en PDF-fil, eller den er beskadiget.</translation>
    </message>
    <message>
        <source>The file is damaged: its comments cannot be read.</source>
        <translation>Filen er beskadiget: dens kommentarer kan ikke læses.</translation>
    </message>
    <message>
        <source>The file is protected by a password.</source>
        <translation>Filen er beskyttet med en adgangskode.</translation>
    </message>
    <message>
        <source>The file has comments, but it is not a portfolio exported from this journal (or a program removed the mark that says which one), so they cannot be placed on your entries.</source>
        <translation>Filen har kommentarer, men den er ikke en portfolio eksporteret fra denne dagbog (eller et program har fjernet mærket, der siger hvilken), så de kan ikke placeres ved dine notater.</translation>
    </message>
    <message>
        <source>This portfolio was exported from another journal (or from this one before it was restored from an older copy): its comments cannot be placed on your entries.</source>
        <translation>Denne portfolio blev eksporteret fra en anden dagbog (eller fra denne, før den blev gendannet fra en ældre kopi): dens kommentarer kan ikke placeres ved dine notater.</translation>
    </message>
    <message>
        <source>The file has no comments and is not a portfolio exported from Leadership Journal. A portfolio that was printed to PDF (“Print”, or “Save as PDF” in a print dialog) loses its comments: ask your mentor for the file saved with File → Save in the PDF reader.</source>
        <translation>Filen har ingen kommentarer og er ikke en portfolio eksporteret fra Leadership Journal. En portfolio, der er udskrevet til PDF (»Udskriv« eller »Gem som PDF« i en udskriftsdialog), mister sine kommentarer: bed din sparringspartner om filen gemt med Filer → Gem i PDF-programmet.</translation>
    </message>
    <message>
        <source>The file has no comments. If your mentor commented it, you may have a copy that was printed to PDF, which drops comments: ask for the file saved with File → Save in the PDF reader.</source>
        <translation>Filen har ingen kommentarer. Hvis din sparringspartner har kommenteret den, har du måske fået en kopi udskrevet til PDF, og så forsvinder kommentarerne: bed om filen gemt med Filer → Gem i PDF-programmet.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Importen blev afbrudt.</translation>
    </message>
    <message>
        <source>Import mentor&apos;s comments</source>
        <translation>Importér kommentarer fra sparringspartneren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the comments…</source>
        <translation>Læser kommentarerne…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message numerus="yes">
        <source>%n comments from your mentor were added.</source>
        <translation>
            <numerusform>%n kommentar fra din sparringspartner blev tilføjet.</numerusform>
            <numerusform>%n kommentarer fra din sparringspartner blev tilføjet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments were added.</source>
        <translation>Ingen kommentarer blev tilføjet.</translation>
    </message>
    <message numerus="yes">
        <source>%n are on the portfolio as a whole: File → Comments on the whole portfolio…</source>
        <translation>
            <numerusform>%n gælder portfolioen som helhed: Filer → Kommentarer til hele portfolioen…</numerusform>
            <numerusform>%n gælder portfolioen som helhed: Filer → Kommentarer til hele portfolioen…</numerusform>
        </translation>
    </message>
    <message>
        <source>That password does not open %1. Try again:</source>
        <translation>Den adgangskode åbner ikke %1. Prøv igen:</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Type it to read the comments:</source>
        <translation>%1 er beskyttet med en adgangskode. Skriv den for at læse kommentarerne:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>The comments could not be imported</source>
        <translation>Kommentarerne kunne ikke importeres</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importen blev afbrudt; intet blev tilføjet.</translation>
    </message>
</context>
<context>
    <name>MentorPanel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text on the page</source>
        <translation>Tekst på siden</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Understregning</translation>
    </message>
    <message>
        <source>Strike-out</source>
        <translation>Gennemstregning</translation>
    </message>
    <message>
        <source>Squiggly underline</source>
        <translation>Bølget understregning</translation>
    </message>
    <message>
        <source>Drawing on the page</source>
        <translation>Tegning på siden</translation>
    </message>
    <message>
        <source>Your mentor</source>
        <translation>Din sparringspartner</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>side %1</translation>
    </message>
    <message>
        <source>Comments from my mentor</source>
        <translation>Kommentarer fra min sparringspartner</translation>
    </message>
    <message>
        <source>&amp;Hide comments</source>
        <translation>S&amp;kjul kommentarer</translation>
    </message>
    <message>
        <source>Remove this comment…</source>
        <translation>Fjern kommentaren…</translation>
    </message>
    <message numerus="yes">
        <source>Comments from my mentor (%n not answered)</source>
        <translation>
            <numerusform>Kommentarer fra min sparringspartner (%n ubesvaret)</numerusform>
            <numerusform>Kommentarer fra min sparringspartner (%n ubesvarede)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove comment</source>
        <translation>Fjern kommentar</translation>
    </message>
    <message>
        <source>Remove this comment from your journal? It cannot be taken back; importing the file again offers it again.</source>
        <translation>Fjern kommentaren fra dagbogen? Det kan ikke fortrydes; hvis du importerer filen igen, tilbydes den igen.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this comment and the %n replies to it from your journal? It cannot be taken back; importing the file again offers them again.</source>
        <translation>
            <numerusform>Fjern kommentaren og dens %n svar fra dagbogen? Det kan ikke fortrydes; hvis du importerer filen igen, tilbydes de igen.</numerusform>
            <numerusform>Fjern kommentaren og dens %n svar fra dagbogen? Det kan ikke fortrydes; hvis du importerer filen igen, tilbydes de igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Ikke fjernet</translation>
    </message>
    <message>
        <source>Response not saved</source>
        <translation>Svaret blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>All entries</source>
        <translation>Alle notater</translation>
    </message>
    <message>
        <source>Entry kinds</source>
        <translation>Notattyper</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papirkurven</translation>
    </message>
    <message>
        <source>Deleted entries, kept here for %1 days</source>
        <translation>Slettede notater, der gemmes her i %1 dage</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>date to be confirmed by your organiser</source>
        <translation>datoen bekræftes af arrangøren</translation>
    </message>
    <message>
        <source>Comments from my mentor (%1)</source>
        <translation>Kommentarer fra min sparringspartner (%1)</translation>
    </message>
    <message>
        <source>Comments from my mentor</source>
        <translation>Kommentarer fra min sparringspartner</translation>
    </message>
    <message>
        <source>Entries with a comment from your mentor not answered yet</source>
        <translation>Notater med en kommentar fra din sparringspartner, som du ikke har svaret på</translation>
    </message>
</context>
<context>
    <name>NewTripDialog</name>
    <message>
        <source>New study trip</source>
        <translation>Ny studietur</translation>
    </message>
    <message>
        <source>The programme&apos;s study trip</source>
        <translation>Forløbets studietur</translation>
    </message>
    <message>
        <source>None: a trip of my own</source>
        <translation>Ingen: en studietur på egen hånd</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Rejsemål</translation>
    </message>
    <message>
        <source>&amp;Programme session:</source>
        <translation>&amp;Samling i forløbet:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Rejsemål:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>Save as new version</source>
        <translation>Gem som ny version</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Ændringsnote</translation>
    </message>
    <message>
        <source>&amp;What changed, and why? (a short change note)</source>
        <translation>&amp;Hvad ændrede sig, og hvorfor? (en kort ændringsnote)</translation>
    </message>
    <message>
        <source>The learnings that changed it</source>
        <translation>Den læring, der ændrede den</translation>
    </message>
    <message>
        <source>&amp;Which of your A–R–L entries changed it? (optional; newest first)</source>
        <translation>H&amp;vilke af dine A–R–L-notater ændrede den? (valgfrit; nyeste først)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
</context>
<context>
    <name>OpenFailed</name>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Dagbogen kan ikke åbnes</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Leadership Journal. Install the newer version to open it; the file has not been changed.</source>
        <translation>Dagbogen er skrevet af en nyere version af Leadership Journal. Installér den nyere version for at åbne den; filen er ikke ændret.</translation>
    </message>
    <message>
        <source>The journal file is empty: it holds no entries. It has not been changed.</source>
        <translation>Dagbogsfilen er tom: den indeholder ingen notater. Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The journal file is damaged or is not a journal. It has not been changed.</source>
        <translation>Dagbogsfilen er beskadiget eller er ikke en dagbog. Den er ikke ændret.</translation>
    </message>
    <message>
        <source>The latest backup is from %1. Restoring it keeps a copy of the damaged file.</source>
        <translation>Den seneste sikkerhedskopi er fra %1. Når den gendannes, gemmes en kopi af den beskadigede fil.</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Gendan seneste sikkerhedskopi</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can set the empty file aside (it is kept among the backups) and start a new journal.</source>
        <translation>Der er ingen sikkerhedskopi at gendanne. Du kan lægge den tomme fil til side (den gemmes blandt sikkerhedskopierne) og begynde en ny dagbog.</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>Begynd en ny dagbog</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Gendannelsen mislykkedes</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>That passphrase is not right. Tries left: %1.</source>
        <translation>Adgangssætningen er forkert. Forsøg tilbage: %1.</translation>
    </message>
    <message>
        <source>This journal is encrypted. Enter its passphrase:</source>
        <translation>Dagbogen er krypteret. Skriv adgangssætningen:</translation>
    </message>
    <message>
        <source>Open encrypted journal</source>
        <translation>Åbn krypteret dagbog</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup.</source>
        <translation>Den adgangssætning åbner ikke sikkerhedskopien.</translation>
    </message>
    <message>
        <source>This backup was made under an earlier passphrase. Enter that one; the restored journal keeps its current passphrase.</source>
        <translation>Denne sikkerhedskopi blev lavet med en tidligere adgangssætning. Skriv den; den gendannede dagbog beholder sin nuværende adgangssætning.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>The passphrase is empty. Type it, or press Cancel.</source>
        <translation>Adgangssætningen er tom. Skriv den, eller tryk på Annuller.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Ny adgangssætning</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Gentag den nye adgangssætning</translation>
    </message>
    <message>
        <source>Nobody can open the journal without the passphrase, and there is no way to recover a forgotten one: not for you, not for us. Write it down and keep it somewhere safe. Backups are encrypted with it too.</source>
        <translation>Ingen kan åbne dagbogen uden adgangssætningen, og en glemt adgangssætning kan ikke genskabes: hverken af dig eller af os. Skriv den ned, og opbevar den et sikkert sted. Sikkerhedskopierne krypteres også med den.</translation>
    </message>
    <message>
        <source>Ne&amp;w passphrase:</source>
        <translation>N&amp;y adgangssætning:</translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <translation>G&amp;entag:</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Skriv en adgangssætning.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Brug mindst %1 tegn; en kort sætning er nem at huske.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to adgangssætninger er forskellige.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Add ph&amp;otos…</source>
        <translation>Tilføj fo&amp;tos…</translation>
    </message>
    <message>
        <source>Add photos to this entry (or drop them here)</source>
        <translation>Tilføj fotos til notatet (eller slip dem her)</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Fjern foto</translation>
    </message>
    <message>
        <source>Cap&amp;tion…</source>
        <translation>Billedtek&amp;st…</translation>
    </message>
    <message>
        <source>Write a caption for the selected photo (the portfolio prints it under it)</source>
        <translation>Skriv en billedtekst til det valgte foto (portfolioen udskriver den under fotoet)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tilføj fotos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)</source>
        <translation>Billeder (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 is larger than 60 MB</source>
        <translation>%1 er større end 60 MB</translation>
    </message>
    <message>
        <source>%1 is not an image</source>
        <translation>%1 er ikke et billede</translation>
    </message>
    <message numerus="yes">
        <source>Photos added: %n</source>
        <translation>
            <numerusform>Fotos tilføjet: %n</numerusform>
            <numerusform>Fotos tilføjet: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Nogle filer blev ikke tilføjet</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Fjern foto</translation>
    </message>
    <message>
        <source>Remove “%1” from this entry?</source>
        <translation>Fjern “%1” fra notatet?</translation>
    </message>
    <message>
        <source>Photo not removed</source>
        <translation>Fotoet blev ikke fjernet</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Billedtekst</translation>
    </message>
    <message>
        <source>Caption for “%1” (empty: the file&apos;s name is printed):</source>
        <translation>Billedtekst til »%1« (tom: filens navn udskrives):</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>Billedteksten blev ikke gemt</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>Fotoet kan ikke vises</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>Filen er beskadiget.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>PortfolioTextsDialog</name>
    <message>
        <source>Foreword and closing summary</source>
        <translation>Forord og afsluttende opsummering</translation>
    </message>
    <message>
        <source>These texts open and close your portfolio, in your own words. The foreword comes after the contents; what you present at the programme&apos;s closing event and the closing summary come at the end. A part you leave empty is left out.</source>
        <translation>Disse tekster indleder og afslutter din portfolio, med dine egne ord. Forordet kommer efter indholdsfortegnelsen; det, du præsenterer ved forløbets afslutning, og den afsluttende opsummering kommer til sidst. En del, du lader stå tom, udelades.</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>Forord</translation>
    </message>
    <message>
        <source>What should your mentor know before reading? What was this year for you?</source>
        <translation>Hvad skal din sparringspartner vide inden læsningen? Hvad var dette år for dig?</translation>
    </message>
    <message>
        <source>What I have learned</source>
        <translation>Hvad jeg har lært</translation>
    </message>
    <message>
        <source>Looking back over your entries: what have you learned about yourself and your leadership?</source>
        <translation>Se tilbage på dine notater: hvad har du lært om dig selv og din ledelse?</translation>
    </message>
    <message>
        <source>Where I go next</source>
        <translation>Hvor jeg går hen herfra</translation>
    </message>
    <message>
        <source>What will you keep doing, try next, or ask others for?</source>
        <translation>Hvad fortsætter du med, hvad prøver du næste gang, hvad beder du andre om?</translation>
    </message>
    <message>
        <source>What will you present at “%1”: your results, what they gained, how they can be scaled and carried over to others?</source>
        <translation>Hvad præsenterer du ved »%1«: dine resultater, hvilke gevinster de gav, og hvordan de kan skaleres og overføres til andre?</translation>
    </message>
    <message>
        <source>What will you present at the programme&apos;s closing event: your results, what they gained, how they can be scaled and carried over to others?</source>
        <translation>Hvad præsenterer du ved forløbets afslutning: dine resultater, hvilke gevinster de gav, og hvordan de kan skaleres og overføres til andre?</translation>
    </message>
    <message>
        <source>What I present at the close</source>
        <translation>Det, jeg præsenterer ved afslutningen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Kassér ændringerne?</translation>
    </message>
    <message>
        <source>Your changes to the foreword and closing summary are not saved.</source>
        <translation>Dine ændringer i forordet og den afsluttende opsummering er ikke gemt.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprog i appen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Som i systemet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>Et nyt sprog bruges fra næste gang, appen starter.</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>hvad der skete</translation>
    </message>
    <message>
        <source>action</source>
        <translation>handling</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>refleksion</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>læring</translation>
    </message>
    <message>
        <source>next experiment</source>
        <translation>næste eksperiment</translation>
    </message>
    <message>
        <source>theory</source>
        <translation>teori</translation>
    </message>
    <message>
        <source>values</source>
        <translation>værdier</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>study trip</source>
        <translation>studietur</translation>
    </message>
    <message>
        <source>place</source>
        <translation>sted</translation>
    </message>
    <message>
        <source>culture</source>
        <translation>kultur</translation>
    </message>
    <message>
        <source>context</source>
        <translation>kontekst</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>kommunikation</translation>
    </message>
    <message>
        <source>what I take home</source>
        <translation>det, jeg tager med hjem</translation>
    </message>
    <message>
        <source>change note</source>
        <translation>ændringsnote</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
</context>
<context>
    <name>PrivacyCheckDialog</name>
    <message>
        <source>Privacy check</source>
        <translation>Privatlivskontrol</translation>
    </message>
    <message>
        <source>Entries with personal identity numbers</source>
        <translation>Notater med personnumre</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontrollér &amp;igen</translation>
    </message>
    <message>
        <source>These entries hold what looks like a personal identity number. Patient data does not belong in the journal: open each, right-click the underlined number and mask it, or mark it as not a personal number. The portfolio masks them in any case.</source>
        <translation>Disse notater indeholder noget, der ligner et personnummer. Patientdata hører ikke hjemme i dagbogen: åbn hvert notat, højreklik på det understregede nummer og maskér det, eller markér, at det ikke er et personnummer. Portfolioen maskerer dem under alle omstændigheder.</translation>
    </message>
    <message>
        <source>No entry holds what looks like a personal identity number.</source>
        <translation>Intet notat indeholder noget, der ligner et personnummer.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme and sessions</source>
        <translation>Forløb og samlinger</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Forløbets navn</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>Forløbets &amp;navn:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Samlinger</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Tilføj samling</translation>
    </message>
    <message>
        <source>&amp;Remove session…</source>
        <translation>&amp;Fjern samling…</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Samlingens navn</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Type af samling</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>No module</source>
        <translation>Intet modul</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Date to be confirmed by your organiser</source>
        <translation>Datoen bekræftes af arrangøren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Første &amp;dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Sidste d&amp;ag:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>What do I want to bring up?</source>
        <translation>Hvad vil jeg tage op?</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Hvad der blev sagt</translation>
    </message>
    <message>
        <source>What did we talk about? What struck me?</source>
        <translation>Hvad talte vi om? Hvad slog mig?</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Aftalte næste skridt</translation>
    </message>
    <message>
        <source>What did we agree I will try or do?</source>
        <translation>Hvad aftalte vi, at jeg skal prøve eller gøre?</translation>
    </message>
    <message>
        <source>Notes from this session</source>
        <translation>Mødenoter fra samlingen</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Da&amp;gsorden:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>Hvad der &amp;blev sagt:</translation>
    </message>
    <message>
        <source>Agreed ne&amp;xt steps:</source>
        <translation>Aftalte næste s&amp;kridt:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>Competency areas</source>
        <translation>Kompetenceområder</translation>
    </message>
    <message>
        <source>One per line. A module renamed keeps its sessions; a module removed leaves its sessions without one. Entries keep the areas they were given, also an area you rename or remove here.</source>
        <translation>Én pr. linje. Et modul, der skifter navn, beholder sine samlinger; et modul, der fjernes, efterlader sine samlinger uden modul. Notater beholder de områder, de har fået, også et område, du omdøber eller fjerner her.</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Moduler:</translation>
    </message>
    <message>
        <source>Competency &amp;areas:</source>
        <translation>&amp;Kompetenceområder:</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>Sam&amp;linger</translation>
    </message>
    <message>
        <source>Mo&amp;dules and areas</source>
        <translation>Moduler og &amp;områder</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>date to be confirmed by your organiser</source>
        <translation>datoen bekræftes af arrangøren</translation>
    </message>
    <message numerus="yes">
        <source>Entries linked to this session: %n</source>
        <translation>
            <numerusform>Et notat er tilknyttet samlingen.</numerusform>
            <numerusform>%n notater er tilknyttet samlingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny samling</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Fjern »%1«?</translation>
    </message>
    <message numerus="yes">
        <source>Entries linked to it: %n. They are kept; only the link goes.</source>
        <translation>
            <numerusform>Et notat er tilknyttet den. Det beholdes; kun tilknytningen forsvinder.</numerusform>
            <numerusform>%n notater er tilknyttet den. De beholdes; kun tilknytningen forsvinder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Fjern samling</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <source>Discard your changes to the programme and its sessions?</source>
        <translation>Kassér dine ændringer af forløbet og dets samlinger?</translation>
    </message>
    <message>
        <source>Every session needs a title.</source>
        <translation>Hver samling skal have et navn.</translation>
    </message>
</context>
<context>
    <name>ProgrammeFileDialog</name>
    <message>
        <source>Use programme file</source>
        <translation>Brug forløbsfil</translation>
    </message>
    <message>
        <source>Change programme</source>
        <translation>Skift forløb</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>It replaces “%1”. Sessions with the same title and kind keep their linked entries and their meeting notes; entries linked to other sessions keep their text but lose the link. A backup is made first.</source>
        <translation>Det erstatter »%1«. Samlinger med samme titel og type beholder deres tilknyttede notater og mødenoter; notater tilknyttet andre samlinger beholder deres tekst, men mister tilknytningen. Der tages en sikkerhedskopi først.</translation>
    </message>
    <message>
        <source>Programme start date</source>
        <translation>Forløbets startdato</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>S&amp;tarter:</translation>
    </message>
    <message>
        <source>Use this programme</source>
        <translation>Brug dette forløb</translation>
    </message>
    <message>
        <source>“%1”: %2, %3.</source>
        <translation>»%1«: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n modul</numerusform>
            <numerusform>%n moduler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n samling</numerusform>
            <numerusform>%n samlinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme file not used</source>
        <translation>Forløbsfilen blev ikke brugt</translation>
    </message>
    <message>
        <source>This file cannot be used, and nothing has changed.

%1</source>
        <translation>Denne fil kan ikke bruges, og intet er ændret.

%1</translation>
    </message>
    <message>
        <source>Programme files (*.toml *.json);;All files (*)</source>
        <translation>Forløbsfiler (*.toml *.json);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Comments from your mentor</source>
        <translation>Kommentarer fra din sparringspartner</translation>
    </message>
    <message>
        <source>The portfolio as a whole</source>
        <translation>Portfolioen som helhed</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation>%1 (side %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n new comments in %1, from the portfolio exported on %2.</source>
        <translation>
            <numerusform>%n ny kommentar i %1, fra portfolioen eksporteret %2.</numerusform>
            <numerusform>%n nye kommentarer i %1, fra portfolioen eksporteret %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were imported before and are left out.</source>
        <translation>
            <numerusform>%n blev importeret før og er udeladt.</numerusform>
            <numerusform>%n blev importeret før og er udeladt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ved</translation>
    </message>
    <message>
        <source>Comments to import</source>
        <translation>Kommentarer, der skal importeres</translation>
    </message>
    <message>
        <source>Put the selected comment on</source>
        <translation>Placér den valgte kommentar ved</translation>
    </message>
    <message>
        <source>Put the selected comment &amp;on:</source>
        <translation>Placér den valgte kommentar &amp;ved:</translation>
    </message>
    <message>
        <source>(an entry no longer in the journal)</source>
        <translation>(et notat, der ikke længere er i dagbogen)</translation>
    </message>
    <message>
        <source>Notes from a session</source>
        <translation>Mødenoter fra en samling</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n comments</source>
        <translation>
            <numerusform>&amp;Importér %n kommentar</numerusform>
            <numerusform>&amp;Importér %n kommentarer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunChartWidget</name>
    <message>
        <source>No measurements yet.</source>
        <translation>Ingen målinger endnu.</translation>
    </message>
    <message>
        <source>a shift</source>
        <translation>et skift</translation>
    </message>
    <message>
        <source>a trend</source>
        <translation>en trend</translation>
    </message>
    <message>
        <source>too few runs</source>
        <translation>for få serier</translation>
    </message>
    <message>
        <source>too many runs</source>
        <translation>for mange serier</translation>
    </message>
    <message>
        <source>an astronomical point</source>
        <translation>et astronomisk punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n measurements, median %1</source>
        <translation>
            <numerusform>%n måling, median %1</numerusform>
            <numerusform>%n målinger, median %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <source>Copying the journal…</source>
        <translation>Kopierer dagbogen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Gem en kopi</translation>
    </message>
    <message>
        <source>A copy of the journal is in %1.</source>
        <translation>En kopi af dagbogen ligger i %1.</translation>
    </message>
    <message>
        <source>No copy made</source>
        <translation>Ingen kopi lavet</translation>
    </message>
    <message>
        <source>Cancelled; no copy was made.</source>
        <translation>Annulleret; der blev ikke lavet nogen kopi.</translation>
    </message>
    <message>
        <source>Leadership Journal %1.sqlite3</source>
        <translation>Leadership Journal %1.sqlite3</translation>
    </message>
    <message>
        <source>Save a copy of the journal</source>
        <translation>Gem en kopi af dagbogen</translation>
    </message>
    <message>
        <source>Leadership Journal (*.sqlite3)</source>
        <translation>Leadership Journal (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation>Gemmestatus</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerer…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Søg i dagbogen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Antal resultater</translation>
    </message>
    <message>
        <source>Improvement work</source>
        <translation>Forbedringsarbejde</translation>
    </message>
    <message numerus="yes">
        <source>%n results, best first</source>
        <translation>
            <numerusform>%n resultat, bedste først</numerusform>
            <numerusform>%n resultater, bedste først</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Ingen resultater for »%1«</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <source>Rate my competencies</source>
        <translation>Vurdér mine kompetencer</translation>
    </message>
    <message>
        <source>Rate yourself in each competency area of your programme at the start, midway and at the end, with a sentence on why: 1 is where you begin, 5 a strength you build on. The portfolio shows how your ratings moved.</source>
        <translation>Vurdér dig selv i hvert kompetenceområde i dit forløb ved start, midtvejs og ved afslutning, med en sætning om hvorfor: 1 er der, hvor du begynder, 5 en styrke, du bygger på. Portfolioen viser, hvordan dine vurderinger har ændret sig.</translation>
    </message>
    <message>
        <source>When in the programme</source>
        <translation>Hvornår i forløbet</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>Rating of “%1”</source>
        <translation>Vurdering af »%1«</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Why: “%1”</source>
        <translation>Hvorfor: »%1«</translation>
    </message>
    <message>
        <source>Why? One sentence</source>
        <translation>Hvorfor? Én sætning</translation>
    </message>
    <message>
        <source>Your programme has no competency areas yet. Add them in Programme → Programme and sessions…, on the tab Modules and areas.</source>
        <translation>Dit forløb har ingen kompetenceområder endnu. Tilføj dem under Forløb → Forløb og samlinger…, på fanen Moduler og områder.</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Ved start</translation>
    </message>
    <message>
        <source>Midway</source>
        <translation>Midtvejs</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Ved afslutning</translation>
    </message>
    <message>
        <source>1 – where I begin</source>
        <translation>1 – her begynder jeg</translation>
    </message>
    <message>
        <source>5 – a strength I build on</source>
        <translation>5 – en styrke, jeg bygger på</translation>
    </message>
    <message>
        <source>A rating is missing</source>
        <translation>En vurdering mangler</translation>
    </message>
    <message>
        <source>Give “%1” a rating to keep its sentence.</source>
        <translation>Giv »%1« en vurdering for at beholde sætningen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Kassér ændringerne?</translation>
    </message>
    <message>
        <source>Your ratings are not saved.</source>
        <translation>Dine vurderinger er ikke gemt.</translation>
    </message>
</context>
<context>
    <name>TheoryCompareDialog</name>
    <message>
        <source>Compare versions of your leadership theory</source>
        <translation>Sammenlign versioner af din ledelsesteori</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ældre version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Nyere version</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Nuværende tekst</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>Ældre tekst</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Nyere tekst</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Teori</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Værdigrundlag</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>TheoryEditor</name>
    <message>
        <source>Theory</source>
        <translation>Teori</translation>
    </message>
    <message>
        <source>What is leadership to you, and how does it work? What are your working theories of change, strategy and organising?</source>
        <translation>Hvad er ledelse for dig, og hvordan virker det? Hvilke teorier har du om forandring, strategi og organisering?</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Værdigrundlag</translation>
    </message>
    <message>
        <source>What do you stand for as a leader?</source>
        <translation>Hvad står du for som leder?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What do you want to develop next?</source>
        <translation>Hvad vil du udvikle som det næste?</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gemte versioner</translation>
    </message>
    <message>
        <source>Save as new &amp;version…</source>
        <translation>Gem som ny &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>S&amp;ammenlign versioner…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versionr&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Version not saved</source>
        <translation>Versionen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fed</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>H</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktopstilling</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummereret liste</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New experience (Ctrl+N)</source>
        <translation>Ny erfaring (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Søg i dagbogen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Export the portfolio as a PDF (Ctrl+E)</source>
        <translation>Eksportér portfolioen som PDF (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Slet “%1”</translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Put the entry back where it was</source>
        <translation>Læg notatet tilbage, hvor det var</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>Slet for &amp;altid…</translation>
    </message>
    <message>
        <source>This entry is in the Trash. It is kept until %1 and left out of search and the portfolio; restore it to write in it again.</source>
        <translation>Dette notat ligger i papirkurven. Det gemmes til %1 og kommer ikke med i søgninger eller portfolioen; gendan det for at skrive i det igen.</translation>
    </message>
</context>
<context>
    <name>TripNoteEditor</name>
    <message>
        <source>Study trip</source>
        <translation>Studietur</translation>
    </message>
    <message>
        <source>New trip…</source>
        <translation>Ny studietur…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Place: hospital, town, organisation…</source>
        <translation>Sted: hospital, by, organisation…</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>What did you notice about values, habits, norms?</source>
        <translation>Hvad lagde du mærke til ved værdier, vaner og normer?</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>What in the system, the economy and the organisation explains it?</source>
        <translation>Hvad i systemet, økonomien og organisationen forklarer det?</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>How did people talk, decide and lead?</source>
        <translation>Hvordan talte man sammen, besluttede og ledede?</translation>
    </message>
    <message>
        <source>What I take home</source>
        <translation>Det, jeg tager med hjem</translation>
    </message>
    <message>
        <source>What do you take home to your own organisation: a thought, a habit, something to try?</source>
        <translation>Hvad tager du med hjem til din egen organisation: en tanke, en vane, noget at afprøve?</translation>
    </message>
    <message>
        <source>No trip</source>
        <translation>Ingen studietur</translation>
    </message>
    <message>
        <source>Trip not saved</source>
        <translation>Studieturen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Velkommen, %1</translation>
    </message>
    <message>
        <source>Welcome to your leadership journal</source>
        <translation>Velkommen til din ledelsesdagbog</translation>
    </message>
    <message>
        <source>Write down what happens as you lead, look back on it, and see what you learn. There are four kinds of entry; choose one on the left to read it again, or start one here.</source>
        <translation>Skriv ned, hvad der sker, når du leder, se tilbage på det, og se, hvad du lærer. Der er fire slags notater; vælg et til venstre for at læse det igen, eller begynd et her.</translation>
    </message>
    <message>
        <source>Your portfolio</source>
        <translation>Din portfolio</translation>
    </message>
    <message>
        <source>At the end of the programme, or whenever you like, File → Export portfolio (Ctrl+E) makes a PDF of the entries you choose, for your sparring partner. Private entries stay out unless you include them.</source>
        <translation>Ved forløbets afslutning, eller når du vil, laver Filer → Eksportér portfolio (Ctrl+E) en PDF af de notater, du vælger, til din sparringspartner. Private notater kommer ikke med, medmindre du tager dem med.</translation>
    </message>
    <message>
        <source>Export portfolio…</source>
        <translation>Eksportér portfolio…</translation>
    </message>
    <message>
        <source>A quick note of what happened, while you remember it. Work it up later.</source>
        <translation>Et hurtigt notat om, hvad der skete, mens du husker det. Bearbejd det senere.</translation>
    </message>
    <message>
        <source>The initiative you took or the experiment you tried, how you see it now, and what you learned and will try next.</source>
        <translation>Det initiativ, du tog, eller det eksperiment, du prøvede, hvordan du ser på det nu, og hvad du lærte og vil prøve næste gang.</translation>
    </message>
    <message>
        <source>Your own theory of leadership, your values and goals. Keep a version each time it changes, and see how it grew.</source>
        <translation>Din egen ledelsesteori, dine værdier og mål. Gem en version, hver gang den ændres, og se, hvordan den voksede.</translation>
    </message>
    <message>
        <source>On a study trip: the place, photos, and what you saw of culture, context and communication.</source>
        <translation>På en studietur: stedet, fotos og hvad du så af kultur, kontekst og kommunikation.</translation>
    </message>
    <message>
        <source>New experience</source>
        <translation>Ny erfaring</translation>
    </message>
    <message>
        <source>New A–R–L entry</source>
        <translation>Nyt A–R–L-notat</translation>
    </message>
    <message>
        <source>Open my theory</source>
        <translation>Åbn min teori</translation>
    </message>
    <message>
        <source>New study-trip note</source>
        <translation>Nyt notat fra studietur</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong inside Leadership Journal; nothing was changed.</source>
        <translation>Noget gik galt i Leadership Journal; intet blev ændret.</translation>
    </message>
    <message>
        <source>The details for the developers are in %1.</source>
        <translation>Detaljerne til udviklerne står i %1.</translation>
    </message>
</context>
</TS>
