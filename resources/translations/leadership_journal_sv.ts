<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>About</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A reflective-practice journal for leaders in a development programme: experiences, Action – Reflection – Learning, your leadership theory and study trips, and a PDF portfolio for your sparring partner.</source>
        <translation>En reflektionsdagbok för ledare i ett utvecklingsprogram: erfarenheter, Action – Reflection – Learning, din ledarskapsteori och lärresor, och en portfolio som PDF till din mentor.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. The app never connects to the internet.</source>
        <translation>Allt stannar på den här datorn. Appen ansluter aldrig till internet.</translation>
    </message>
    <message>
        <source>Fonts: DejaVu (Bitstream Vera licence) and Droid Sans Fallback (Apache 2.0).</source>
        <translation>Typsnitt: DejaVu (Bitstream Vera-licens) och Droid Sans Fallback (Apache 2.0).</translation>
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
        <translation>Dagboken är låst</translation>
    </message>
    <message>
        <source>The passphrase was wrong three times. The journal stays encrypted and unchanged; start the app again to retry.</source>
        <translation>Lösenfrasen var fel tre gånger. Dagboken förblir krypterad och oförändrad; starta appen igen för att försöka på nytt.</translation>
    </message>
    <message>
        <source>Journal already open</source>
        <translation>Dagboken är redan öppen</translation>
    </message>
    <message>
        <source>This journal is open in another window of Leadership Journal. Switch to that window; two windows on one journal could lose work.</source>
        <translation>Dagboken är öppen i ett annat Leadership Journal-fönster. Byt till det fönstret; två fönster på samma dagbok kan göra att text går förlorad.</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Dagboken kan inte öppnas</translation>
    </message>
    <message>
        <source>Journal not found</source>
        <translation>Dagboken hittades inte</translation>
    </message>
    <message>
        <source>Your journal was last opened in %1, which cannot be found now (a USB drive or network folder not connected?). Nothing has been changed there. Connect it and start the app again; until then, the app opens the journal in %2.</source>
        <translation>Din dagbok öppnades senast i %1, som inte går att hitta nu (ett USB-minne eller en nätverksmapp som inte är ansluten?). Ingenting har ändrats där. Anslut den och starta appen igen; tills dess öppnar appen dagboken i %2.</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Lösenfrasen ändrades inte</translation>
    </message>
    <message>
        <source>The journal was not changed and keeps its old passphrase.</source>
        <translation>Dagboken ändrades inte och behåller sin gamla lösenfras.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Lösenfrasen är ändrad</translation>
    </message>
    <message>
        <source>%1 older backups were made under an earlier passphrase and keep it; they open only with that one.</source>
        <translation>%1 äldre säkerhetskopior gjordes med en tidigare lösenfras och behåller den; de öppnas bara med den.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <source>The backup was not restored; the journal is as it was.</source>
        <translation>Säkerhetskopian återställdes inte; dagboken är som den var.</translation>
    </message>
    <message>
        <source>It was encrypted with the journal&apos;s current passphrase.</source>
        <translation>Den krypterades med dagbokens nuvarande lösenfras.</translation>
    </message>
    <message>
        <source>It is stored unencrypted, as the journal was.</source>
        <translation>Den sparas okrypterad, som dagboken var.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopian är återställd</translation>
    </message>
    <message>
        <source>The backup was restored. The journal as it was before is kept as a backup.</source>
        <translation>Säkerhetskopian återställdes. Dagboken som den var innan sparas som en säkerhetskopia.</translation>
    </message>
</context>
<context>
    <name>ArlEditor</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Next experiment</source>
        <translation>Nästa experiment</translation>
    </message>
    <message>
        <source>The experiences this entry is worked up from</source>
        <translation>Erfarenheterna som anteckningen är bearbetad från</translation>
    </message>
    <message>
        <source>What initiative did you take, what did you try? Which of your limits did you challenge, which new strategy or approach did you test?</source>
        <translation>Vilket initiativ tog du, vad prövade du? Vilka av dina gränser utmanade du, vilken ny strategi eller vilket nytt förhållningssätt prövade du?</translation>
    </message>
    <message>
        <source>Stop and look again: how do you see it now, and how might others see it? Which of your established patterns of acting and thinking can you challenge? What do your observations say?</source>
        <translation>Stanna upp och se igen: hur ser du på det nu, och hur kan andra se det? Vilka av dina invanda handlings- och tankemönster kan du utmana? Vad säger dina observationer?</translation>
    </message>
    <message>
        <source>Put it into words: what have you learned about leadership? What does it mean for your own leadership theory, your values and your goals?</source>
        <translation>Sätt ord på det: vad har du lärt dig om ledarskap? Vad betyder det för din egen ledarskapsteori, din värdegrund och dina mål?</translation>
    </message>
    <message>
        <source>How will you put it into action: what will you try next, and when?</source>
        <translation>Hur omsätter du det i handling: vad prövar du härnäst, och när?</translation>
    </message>
    <message>
        <source>E&amp;xperiences…</source>
        <translation>&amp;Erfarenheter…</translation>
    </message>
    <message>
        <source>Choose the experiences this entry is worked up from</source>
        <translation>Välj erfarenheterna som anteckningen bearbetar</translation>
    </message>
    <message>
        <source>(deleted experience)</source>
        <translation>(borttagen erfarenhet)</translation>
    </message>
    <message>
        <source>Worked up from: %1</source>
        <translation>Bearbetad från: %1</translation>
    </message>
    <message>
        <source>version %1 of “%2” (%3)</source>
        <translation>version %1 av ”%2” (%3)</translation>
    </message>
    <message>
        <source>my leadership theory</source>
        <translation>min ledarskapsteori</translation>
    </message>
    <message>
        <source>This learning changed your leadership theory: %1</source>
        <translation>Det här lärandet ändrade din ledarskapsteori: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup is made when the journal is opened (once a day), before every update and import. Restoring one first backs up the journal as it is now.</source>
        <translation>En säkerhetskopia görs när dagboken öppnas (en gång om dagen) och före varje uppdatering och import. Innan en kopia återställs säkerhetskopieras dagboken som den är nu.</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Säkerhetskopiera &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Åte&amp;rställ vald…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Återställ från en &amp;fil…</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>gjord av dig</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>före en uppdatering</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>före en import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>before a passphrase change</source>
        <translation>före byte av lösenfras</translation>
    </message>
    <message>
        <source>the damaged journal, kept as it was</source>
        <translation>den skadade dagboken, sparad som den var</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the journal with the backup from %1? The journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ersätta dagboken med säkerhetskopian från %1? Dagboken som den är nu säkerhetskopieras först, så du kan ångra genom att återställa den kopian.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Återställ från en fil</translation>
    </message>
    <message>
        <source>Journal copies (*.sqlite3 *.db);;All files (*)</source>
        <translation>Dagbokskopior (*.sqlite3 *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Replace the journal with %1? The journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ersätta dagboken med %1? Dagboken som den är nu säkerhetskopieras först, så det här kan ångras genom att återställa den säkerhetskopian.</translation>
    </message>
</context>
<context>
    <name>ChooseExperiencesDialog</name>
    <message>
        <source>Worked up from</source>
        <translation>Bearbetad från</translation>
    </message>
    <message>
        <source>Tick the experiences this entry works up: what they have in common is the material for your reflection and learning.</source>
        <translation>Kryssa för erfarenheterna som anteckningen bearbetar: det de har gemensamt är materialet för din reflektion och ditt lärande.</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrera på rubrik</translation>
    </message>
    <message>
        <source>Filter the experiences</source>
        <translation>Filtrera erfarenheterna</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Erfarenheter</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <source>My response…</source>
        <translation>Mitt svar…</translation>
    </message>
    <message>
        <source>My response to this comment</source>
        <translation>Mitt svar på kommentaren</translation>
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
        <translation>Något gick fel i Leadership Journal. Dina sparade anteckningar är i säkerhet; om texten du skriver inte har sparats, kopiera den innan du fortsätter.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>The details for the developers are in %1.</source>
        <translation>Detaljerna för utvecklarna finns i %1.</translation>
    </message>
</context>
<context>
    <name>Damaged</name>
    <message>
        <source>The journal is damaged</source>
        <translation>Dagboken är skadad</translation>
    </message>
    <message>
        <source>The journal file fails its integrity check. Nothing more is written to it, so what you type now cannot be saved: copy any new text somewhere safe.</source>
        <translation>Dagboksfilen klarar inte sin integritetskontroll. Inget mer skrivs till den, så det du skriver nu kan inte sparas: kopiera ny text till ett säkert ställe.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restoring it keeps a copy of the damaged file among the backups.</source>
        <translation>Den senaste hela säkerhetskopian är från %1. När den återställs sparas en kopia av den skadade filen bland säkerhetskopiorna.</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>Återställ den säkerhetskopian</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Ask your IT support for help.</source>
        <translation>Det finns ingen hel säkerhetskopia att återställa. Be din IT-support om hjälp.</translation>
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
        <translation>Primära drivkrafter</translation>
    </message>
    <message>
        <source>Secondary drivers</source>
        <translation>Sekundära drivkrafter</translation>
    </message>
    <message>
        <source>Change ideas</source>
        <translation>Förändringsidéer</translation>
    </message>
    <message numerus="yes">
        <source>%n drivers and change ideas</source>
        <translation>
            <numerusform>%n drivkraft eller förändringsidé</numerusform>
            <numerusform>%n drivkrafter och förändringsidéer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriverTreeEditor</name>
    <message>
        <source>Driver diagram</source>
        <translation>Drivkraftsdiagram</translation>
    </message>
    <message>
        <source>Aim, drivers and change ideas</source>
        <translation>Mål, drivkrafter och förändringsidéer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Add &amp;below</source>
        <translation>Lägg till &amp;under</translation>
    </message>
    <message>
        <source>A driver or change idea under the selected one (Insert)</source>
        <translation>En drivkraft eller förändringsidé under den valda (Insert)</translation>
    </message>
    <message>
        <source>Add ne&amp;xt</source>
        <translation>Lägg till &amp;efter</translation>
    </message>
    <message>
        <source>One after the selected one (Ctrl+Return)</source>
        <translation>En efter den valda (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Change &amp;idea</source>
        <translation>Förändrings&amp;idé</translation>
    </message>
    <message>
        <source>Mark it a change idea, or a driver again (Ctrl+K)</source>
        <translation>Gör den till en förändringsidé, eller till en drivkraft igen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Remove it and what is under it (Delete)</source>
        <translation>Ta bort den och det som ligger under den (Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>F&amp;lytta upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Fl&amp;ytta ned</translation>
    </message>
    <message>
        <source>Change idea: %1</source>
        <translation>Förändringsidé: %1</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Förändringsidé</translation>
    </message>
    <message>
        <source>Primary driver</source>
        <translation>Primär drivkraft</translation>
    </message>
    <message>
        <source>Secondary driver</source>
        <translation>Sekundär drivkraft</translation>
    </message>
    <message>
        <source>A change idea has nothing under it; add one next to it.</source>
        <translation>En förändringsidé har inget under sig; lägg till en bredvid den.</translation>
    </message>
    <message>
        <source>The diagram has three levels: drivers, drivers, ideas.</source>
        <translation>Diagrammet har tre nivåer: drivkrafter, drivkrafter, idéer.</translation>
    </message>
    <message>
        <source>New change idea</source>
        <translation>Ny förändringsidé</translation>
    </message>
    <message>
        <source>New driver</source>
        <translation>Ny drivkraft</translation>
    </message>
    <message>
        <source>Only a node with nothing under it can be a change idea.</source>
        <translation>Bara något som inte har något under sig kan vara en förändringsidé.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and the %n under it?</source>
        <translation>
            <numerusform>Ta bort ”%1” och den som ligger under?</numerusform>
            <numerusform>Ta bort ”%1” och de %n som ligger under?</numerusform>
        </translation>
    </message>
    <message>
        <source>A change idea has nothing under it.</source>
        <translation>En förändringsidé har inget under sig.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <source>Everything stays under the aim.</source>
        <translation>Allt ligger under målet.</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Encrypt the journal</source>
        <translation>Kryptera dagboken</translation>
    </message>
    <message>
        <source>The journal is encrypted. Enter the passphrase it has now, then a new one; or remove the encryption.</source>
        <translation>Dagboken är krypterad. Skriv den lösenfras den har nu och sedan en ny; eller ta bort krypteringen.</translation>
    </message>
    <message>
        <source>With a passphrase the whole journal and its backups are encrypted on this computer (SQLCipher, AES-256). The app closes the journal, encrypts it and opens it again.</source>
        <translation>Med en lösenfras krypteras hela dagboken och dess säkerhetskopior på den här datorn (SQLCipher, AES-256). Appen stänger dagboken, krypterar den och öppnar den igen.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>Delete the existing backups instead of re-encrypting them</source>
        <translation>Radera befintliga säkerhetskopior i stället för att kryptera om dem</translation>
    </message>
    <message>
        <source>Every backup is re-written with the new passphrase (or without one), so no copy under the old one stays behind. Tick this to delete them instead; a new backup is made first.</source>
        <translation>Varje säkerhetskopia skrivs om med den nya lösenfrasen (eller utan), så att ingen kopia med den gamla blir kvar. Kryssa i för att radera dem i stället; en ny säkerhetskopia görs först.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Kryptera</translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation>&amp;Ta bort krypteringen…</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Den nuvarande lösenfrasen stämmer inte.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Ta bort krypteringen</translation>
    </message>
    <message>
        <source>Store the journal unencrypted? Anyone who can read this computer&apos;s files can then read it. Its backups are decrypted too, unless you chose to delete them.</source>
        <translation>Spara dagboken okrypterad? Alla som kan läsa den här datorns filer kan då läsa den. Säkerhetskopiorna dekrypteras också, om du inte valde att radera dem.</translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <source>Whole month</source>
        <translation>Hela månaden</translation>
    </message>
    <message>
        <source>Show the entries of the month shown above</source>
        <translation>Visa anteckningarna från månaden ovan</translation>
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
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Programme session</source>
        <translation>Programtillfälle</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Inget tillfälle</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Taggar, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Competency areas</source>
        <translation>Kompetensområden</translation>
    </message>
    <message>
        <source>Pr&amp;ivate</source>
        <translation>Pr&amp;ivat</translation>
    </message>
    <message>
        <source>Private entry</source>
        <translation>Privat anteckning</translation>
    </message>
    <message>
        <source>Private entries are left out of the portfolio unless you include them.</source>
        <translation>Privata anteckningar kommer inte med i portfolion om du inte tar med dem.</translation>
    </message>
    <message>
        <source>PRIVATE</source>
        <translation>PRIVAT</translation>
    </message>
    <message>
        <source>This entry is private</source>
        <translation>Anteckningen är privat</translation>
    </message>
    <message numerus="yes">
        <source>Areas (%n)</source>
        <translation>
            <numerusform>Områden (%n)</numerusform>
            <numerusform>Områden (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
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
        <translation>Dagbokens fil eller mapp är skrivskyddad för ditt konto, så inget kan sparas där. Inget ändrades, och din text finns kvar här.</translation>
    </message>
    <message>
        <source>The journal file is empty: it holds no entries. It was not changed; restoring the latest backup is the safe way on.</source>
        <translation>Dagboksfilen är tom: den innehåller inga anteckningar. Den ändrades inte; säkrast är att återställa den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>There is no journal in that folder.</source>
        <translation>Det finns ingen dagbok i den mappen.</translation>
    </message>
    <message>
        <source>This is larger than the journal takes; nothing of it was stored.</source>
        <translation>Det här är större än dagboken tar emot; inget av det sparades.</translation>
    </message>
    <message>
        <source>The portfolio could not be written; no file was left behind.</source>
        <translation>Portfolion kunde inte skrivas; ingen fil lämnades kvar.</translation>
    </message>
    <message>
        <source>The change could not be written: the disk may be full, or the journal&apos;s folder may be read-only. Nothing of it was stored, and your text is still here.</source>
        <translation>Ändringen kunde inte skrivas: disken kan vara full, eller dagbokens mapp skrivskyddad. Inget av den sparades, och din text finns kvar här.</translation>
    </message>
    <message>
        <source>This journal is encrypted: it opens with its passphrase.</source>
        <translation>Dagboken är krypterad: den öppnas med sin lösenfras.</translation>
    </message>
    <message>
        <source>The passphrase does not open this journal.</source>
        <translation>Lösenfrasen öppnar inte den här dagboken.</translation>
    </message>
    <message>
        <source>This file is not a Leadership Journal, or it is damaged. It was not changed.</source>
        <translation>Filen är ingen Leadership Journal-dagbok, eller så är den skadad. Den ändrades inte.</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Leadership Journal. Update the app to open it; the journal was not changed.</source>
        <translation>Dagboken skrevs av en nyare version av Leadership Journal. Uppdatera appen för att öppna den; dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>The journal fails its integrity check. It was not changed; restoring the latest backup is the safe way on.</source>
        <translation>Dagboken klarar inte sin integritetskontroll. Den ändrades inte; säkrast är att återställa den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>The journal is open in another window of Leadership Journal.</source>
        <translation>Dagboken är öppen i ett annat Leadership Journal-fönster.</translation>
    </message>
    <message>
        <source>That entry no longer exists; it may have been deleted.</source>
        <translation>Anteckningen finns inte längre; den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>The file cannot be used; nothing was changed.</source>
        <translation>Filen kan inte användas; inget ändrades.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation>Filen kunde inte läsas eller skrivas. Inget ändrades.</translation>
    </message>
    <message>
        <source>The journal refused the change.</source>
        <translation>Dagboken tog inte emot ändringen.</translation>
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
        <translation>Vad hände? Vilka var där, vad gjorde och sa du, vad lade du märke till?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Work up into A–R–L…</source>
        <translation>Bearbeta till A–R–L…</translation>
    </message>
    <message>
        <source>Start an Action – Reflection – Learning entry from this experience</source>
        <translation>Skapa en A–R–L-anteckning utifrån den här erfarenheten</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export portfolio</source>
        <translation>Exportera portfolio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Only entries with these tags</source>
        <translation>Bara anteckningar med de här taggarna</translation>
    </message>
    <message>
        <source>Include &amp;private entries (marked as private)</source>
        <translation>Ta med &amp;privata anteckningar (markerade som privata)</translation>
    </message>
    <message>
        <source>Include the &amp;dialogue with my mentor (comments and my responses)</source>
        <translation>Ta med &amp;dialogen med min mentor (kommentarerna och mina svar)</translation>
    </message>
    <message>
        <source>Include my &amp;improvement work (aim, driver diagram, cycles, run charts)</source>
        <translation>Ta med mitt &amp;förbättringsarbete (mål, drivkraftsdiagram, cykler, seriediagram)</translation>
    </message>
    <message>
        <source>&amp;Leave out entries…</source>
        <translation>&amp;Utelämna anteckningar…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>optional: the mentor needs it to open the PDF</source>
        <translation>valfritt: mentorn behöver det för att öppna PDF-filen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Lösenorden är olika.</translation>
    </message>
    <message>
        <source>Portfolio %1.pdf</source>
        <translation>Portfolio %1.pdf</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Ta med:</translation>
    </message>
    <message>
        <source>Tags (none checked: all):</source>
        <translation>Taggar (ingen vald: alla):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Upprepa:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Spara som:</translation>
    </message>
    <message>
        <source>Entries with personal identity numbers</source>
        <translation>Anteckningar med personnummer</translation>
    </message>
    <message>
        <source>&amp;Mask personal identity numbers in the portfolio (XXXXXX-XXXX)</source>
        <translation>&amp;Maskera personnummer i portfolion (XXXXXX-XXXX)</translation>
    </message>
    <message>
        <source>Patient data:</source>
        <translation>Patientuppgifter:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Notes of the sparring meetings</source>
        <translation>Anteckningar från sparringmötena</translation>
    </message>
    <message>
        <source>No personal identity numbers in the entries you export.</source>
        <translation>Inga personnummer i anteckningarna du exporterar.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the entries you export hold what looks like a personal identity number. The portfolio shows them masked; your journal is not changed.</source>
        <translation>
            <numerusform>%n av anteckningarna du exporterar innehåller något som ser ut som ett personnummer. Portfolion visar dem maskerade; din dagbok ändras inte.</numerusform>
            <numerusform>%n av anteckningarna du exporterar innehåller något som ser ut som ett personnummer. Portfolion visar dem maskerade; din dagbok ändras inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the entries you export hold what looks like a personal identity number, and the portfolio shows them as written.</source>
        <translation>
            <numerusform>%n av anteckningarna du exporterar innehåller något som ser ut som ett personnummer, och portfolion visar dem som de är skrivna.</numerusform>
            <numerusform>%n av anteckningarna du exporterar innehåller något som ser ut som ett personnummer, och portfolion visar dem som de är skrivna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export unmasked?</source>
        <translation>Exportera utan maskering?</translation>
    </message>
    <message>
        <source>The portfolio would show personal identity numbers as written. It is meant to be sent to your mentor, and patient data does not belong in it. Export them unmasked?</source>
        <translation>Portfolion skulle visa personnummer som de är skrivna. Den är tänkt att skickas till din mentor, och patientuppgifter hör inte hemma i den. Exportera dem utan maskering?</translation>
    </message>
    <message>
        <source>The password is too long for PDF readers: use at most %1 letters.</source>
        <translation>Lösenordet är för långt för PDF-läsare: använd högst %1 tecken.</translation>
    </message>
    <message>
        <source>Save portfolio as</source>
        <translation>Spara portfolion som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Entries in the portfolio</source>
        <translation>Anteckningar i portfolion</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <source>Uncheck the entries to leave out.</source>
        <translation>Avmarkera de anteckningar som ska utelämnas.</translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n utelämnad</numerusform>
            <numerusform>%n utelämnade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Laying out the portfolio…</source>
        <translation>Portfolion sätts ihop…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>Exportera portfolio</translation>
    </message>
    <message>
        <source>Portfolio exported</source>
        <translation>Portfolion är exporterad</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 på %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n personal identity numbers are masked in it; your journal is unchanged.</source>
        <translation>
            <numerusform>%n personnummer är maskerat i den; din dagbok är oförändrad.</numerusform>
            <numerusform>%n personnummer är maskerade i den; din dagbok är oförändrad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some photos could not be shown; see details.</source>
        <translation>Några foton kunde inte visas; se detaljer.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Leadership Journal</source>
        <translation>Välkommen till Leadership Journal</translation>
    </message>
    <message>
        <source>Your journal stays on this computer. Tell it who you are and which programme you take part in; you can change both later.</source>
        <translation>Din dagbok stannar på den här datorn. Berätta vem du är och vilket program du går; du kan ändra båda senare.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Din roll</translation>
    </message>
    <message>
        <source>e.g. head of department</source>
        <translation>t.ex. verksamhetschef</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Din organisation</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Appens språk</translation>
    </message>
    <message>
        <source>Language of the portfolio</source>
        <translation>Portfolions språk</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Choose your programme…</source>
        <translation>Välj ditt program…</translation>
    </message>
    <message>
        <source>Another programme (enter its name)</source>
        <translation>Ett annat program (skriv dess namn)</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Programmets namn</translation>
    </message>
    <message>
        <source>Programme start date</source>
        <translation>Programmets startdatum</translation>
    </message>
    <message>
        <source>Programme end date</source>
        <translation>Programmets slutdatum</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Language of the &amp;app:</source>
        <translation>&amp;Appens språk:</translation>
    </message>
    <message>
        <source>Portfolio &amp;language:</source>
        <translation>Portfolions &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Programme na&amp;me:</source>
        <translation>Programmets na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Sl&amp;utar:</translation>
    </message>
    <message>
        <source>Protect the journal with a passp&amp;hrase</source>
        <translation>Skydda dagboken med en lösen&amp;fras</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Skapa min dagbok</translation>
    </message>
</context>
<context>
    <name>GeneralComments</name>
    <message>
        <source>Comments on the whole portfolio</source>
        <translation>Kommentarer om hela portfolion</translation>
    </message>
    <message>
        <source>Your mentor&apos;s comments are all on entries: open an entry to see its comments beside it.</source>
        <translation>Mentorns kommentarer står alla vid anteckningar: öppna en anteckning för att se dess kommentarer bredvid den.</translation>
    </message>
</context>
<context>
    <name>IdentityGuard</name>
    <message>
        <source>Not remembered</source>
        <translation>Kom inte ihåg det</translation>
    </message>
    <message>
        <source>This looks like a personal identity number; patient data does not belong in the journal. Right-click it to mask it.</source>
        <translation>Det här ser ut som ett personnummer; patientuppgifter hör inte hemma i dagboken. Högerklicka för att maskera det.</translation>
    </message>
    <message>
        <source>Mask the last digits (%1)</source>
        <translation>Maskera de sista siffrorna (%1)</translation>
    </message>
    <message>
        <source>Mask the whole number</source>
        <translation>Maskera hela numret</translation>
    </message>
    <message>
        <source>Not a personal number</source>
        <translation>Inte ett personnummer</translation>
    </message>
</context>
<context>
    <name>ImprovementDialog</name>
    <message>
        <source>Improvement work</source>
        <translation>Förbättringsarbete</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>&amp;New initiative</source>
        <translation>&amp;Nytt initiativ</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <source>&amp;Aim and team</source>
        <translation>&amp;Mål och team</translation>
    </message>
    <message>
        <source>Driver dia&amp;gram</source>
        <translation>Drivkrafts&amp;diagram</translation>
    </message>
    <message>
        <source>&amp;PDSA cycles</source>
        <translation>&amp;PDSA-cykler</translation>
    </message>
    <message>
        <source>Indi&amp;cators</source>
        <translation>Mä&amp;tvärden</translation>
    </message>
    <message>
        <source>Title of the initiative</source>
        <translation>Initiativets rubrik</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What are we trying to accomplish? How much, for whom, by when?</source>
        <translation>Vad vill vi åstadkomma? Hur mycket, för vilka, till när?</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Partners across sectors</source>
        <translation>Samarbetspartner över gränserna</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ru&amp;brik:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Läge:</translation>
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
        <translation>Samarbet&amp;spartner:</translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation>PDSA-cykler</translation>
    </message>
    <message>
        <source>Add c&amp;ycle</source>
        <translation>Lägg till c&amp;ykel</translation>
    </message>
    <message>
        <source>Remo&amp;ve cycle</source>
        <translation>Ta bort cykel</translation>
    </message>
    <message>
        <source>Title of the cycle</source>
        <translation>Cykelns rubrik</translation>
    </message>
    <message>
        <source>The change idea it tests</source>
        <translation>Förändringsidén den prövar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planera</translation>
    </message>
    <message>
        <source>What will we try, who does what, when?</source>
        <translation>Vad ska vi pröva, vem gör vad, när?</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Förutsägelse</translation>
    </message>
    <message>
        <source>What do we predict will happen?</source>
        <translation>Vad tror vi kommer att hända?</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Göra</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Vad hände?</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studera</translation>
    </message>
    <message>
        <source>How does it compare with the prediction?</source>
        <translation>Hur blev det jämfört med förutsägelsen?</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Agera</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Inte beslutat än</translation>
    </message>
    <message>
        <source>Work up the study into A–R–L</source>
        <translation>Bearbeta studien till en A–R–L-anteckning</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>R&amp;ubrik:</translation>
    </message>
    <message>
        <source>Change &amp;idea:</source>
        <translation>Förändrings&amp;idé:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>Plan (&amp;what, who, when):</source>
        <translation>P&amp;lanera:</translation>
    </message>
    <message>
        <source>P&amp;rediction:</source>
        <translation>Förut&amp;sägelse:</translation>
    </message>
    <message>
        <source>D&amp;o:</source>
        <translation>&amp;Göra:</translation>
    </message>
    <message>
        <source>Ac&amp;t:</source>
        <translation>&amp;Agera:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>Lägg till m&amp;ått</translation>
    </message>
    <message>
        <source>De&amp;finition:</source>
        <translation>De&amp;finition:</translation>
    </message>
    <message>
        <source>St&amp;udy:</source>
        <translation>Stud&amp;era:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <source>Remove indica&amp;tor</source>
        <translation>Ta b&amp;ort mått</translation>
    </message>
    <message>
        <source>Name of the indicator</source>
        <translation>Måttets namn</translation>
    </message>
    <message>
        <source>Kind of indicator</source>
        <translation>Typ av mått</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Pa&amp;ste from a spreadsheet</source>
        <translation>Klistra &amp;in från ett kalkylblad</translation>
    </message>
    <message>
        <source>Two columns: a date and a number (Ctrl+Shift+V)</source>
        <translation>Två kolumner: ett datum och ett tal (Ctrl+Skift+V)</translation>
    </message>
    <message>
        <source>Import CS&amp;V…</source>
        <translation>Importera CS&amp;V…</translation>
    </message>
    <message>
        <source>PDSA cycles marked on the chart</source>
        <translation>PDSA-cykler som markeras i diagrammet</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;amn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planeras</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testas</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Införs</translation>
    </message>
    <message>
        <source>Spreading</source>
        <translation>Sprids</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Införa</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Avbryta</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Resultatmått</translation>
    </message>
    <message>
        <source>Process measure</source>
        <translation>Processmått</translation>
    </message>
    <message>
        <source>Balancing measure</source>
        <translation>Balansmått</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nytt initiativ</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Radera initiativ</translation>
    </message>
    <message>
        <source>Delete “%1” with its diagram, cycles and indicators?</source>
        <translation>Radera ”%1” med dess diagram, cykler och mått?</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The last changes could not be saved. Close and lose them?</source>
        <translation>De senaste ändringarna kunde inte sparas. Vill du stänga och förlora dem?</translation>
    </message>
    <message>
        <source>No change idea</source>
        <translation>Ingen förändringsidé</translation>
    </message>
    <message>
        <source>PDSA %1</source>
        <translation>PDSA %1</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Inte behållet: %1</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nytt mått</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Ta bort mått</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n measurements?</source>
        <translation>
            <numerusform>Ta bort ”%1” och dess mätning?</numerusform>
            <numerusform>Ta bort ”%1” och dess %n mätningar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added</source>
        <translation>Inget lades till</translation>
    </message>
    <message>
        <source>The values were not added: %1</source>
        <translation>Värdena lades inte till: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n values added</source>
        <translation>
            <numerusform>%n värde tillagt</numerusform>
            <numerusform>%n värden tillagda</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importera CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Experience</source>
        <translation>Erfarenhet</translation>
    </message>
    <message>
        <source>Action – Reflection – Learning</source>
        <translation>Action – Reflection – Learning</translation>
    </message>
    <message>
        <source>Leadership theory</source>
        <translation>Ledarskapsteori</translation>
    </message>
    <message>
        <source>Study-trip note</source>
        <translation>Anteckning från lärresa</translation>
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
        <translation>Navigering</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>New &amp;experience</source>
        <translation>Ny &amp;erfarenhet</translation>
    </message>
    <message>
        <source>New &amp;A–R–L entry</source>
        <translation>Ny &amp;A–R–L-anteckning</translation>
    </message>
    <message>
        <source>New study-&amp;trip note</source>
        <translation>Ny anteckning från &amp;lärresa</translation>
    </message>
    <message>
        <source>My &amp;leadership theory</source>
        <translation>Min ledarskaps&amp;teori</translation>
    </message>
    <message>
        <source>E&amp;xport portfolio (PDF)…</source>
        <translation>E&amp;xportera portfolio (PDF)…</translation>
    </message>
    <message>
        <source>Foreword and closing &amp;summary…</source>
        <translation>Förord och &amp;sammanfattning…</translation>
    </message>
    <message>
        <source>Import &amp;mentor&apos;s comments…</source>
        <translation>Importera &amp;mentorns kommentarer…</translation>
    </message>
    <message>
        <source>Comments on the &amp;whole portfolio…</source>
        <translation>Kommentarer om &amp;hela portfolion…</translation>
    </message>
    <message>
        <source>Pri&amp;vacy check…</source>
        <translation>Inte&amp;gritetskontroll…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Säkerhetsk&amp;opior…</translation>
    </message>
    <message>
        <source>Passp&amp;hrase…</source>
        <translation>Lösen&amp;fras…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Search the journal</source>
        <translation>&amp;Sök i dagboken</translation>
    </message>
    <message>
        <source>&amp;Work up into A–R–L</source>
        <translation>&amp;Bearbeta till A–R–L</translation>
    </message>
    <message>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Ta bort anteckning…</translation>
    </message>
    <message>
        <source>Empty the &amp;Trash…</source>
        <translation>Töm &amp;papperskorgen…</translation>
    </message>
    <message>
        <source>Show my mentor&apos;s &amp;comments</source>
        <translation>Visa mentorns &amp;kommentarer</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Programme and &amp;sessions…</source>
        <translation>Program och &amp;tillfällen…</translation>
    </message>
    <message>
        <source>Use programme &amp;file…</source>
        <translation>Använd program&amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Change programme…</source>
        <translation>&amp;Byt program…</translation>
    </message>
    <message>
        <source>&amp;Rate my competencies…</source>
        <translation>Skatta mina &amp;kompetenser…</translation>
    </message>
    <message>
        <source>&amp;Improvement work…</source>
        <translation>Förbättrings&amp;arbete…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>This entry could not be saved, so it stays open and nothing is lost. Reason: %1</source>
        <translation>Anteckningen kunde inte sparas, så den förblir öppen och inget går förlorat. Orsak: %1</translation>
    </message>
    <message>
        <source>My leadership theory</source>
        <translation>Min ledarskapsteori</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash? Edit → Undo (Ctrl+Z) brings it back at once, and it can be restored from the Trash for %2 days.</source>
        <translation>Flytta ”%1” till papperskorgen? Redigera → Ångra (Ctrl+Z) tar genast tillbaka den, och den kan återställas från papperskorgen i %2 dagar.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
    </message>
    <message>
        <source>The entry&apos;s latest changes could not be saved, so it stays open and nothing is lost. Reason: %1</source>
        <translation>Anteckningens senaste ändringar kunde inte sparas, så den förblir öppen och inget går förlorat. Orsak: %1</translation>
    </message>
    <message>
        <source>Moved to the Trash. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Flyttad till papperskorgen. Redigera → Ångra (Ctrl+Z) tar tillbaka den.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Inte återställd</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>Anteckningen är tillbaka.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Ta bort för alltid</translation>
    </message>
    <message>
        <source>Delete “%1” for good? It cannot be restored from the Trash afterwards; only a backup made before today may still hold it.</source>
        <translation>Ta bort ”%1” för alltid? Den kan inte återställas från papperskorgen efteråt; bara en säkerhetskopia från före i dag kan fortfarande innehålla den.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Töm papperskorgen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n entries in the Trash for good? They cannot be restored afterwards.</source>
        <translation>
            <numerusform>Ta bort anteckningen i papperskorgen för alltid? Den kan inte återställas efteråt.</numerusform>
            <numerusform>Ta bort de %n anteckningarna i papperskorgen för alltid? De kan inte återställas efteråt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries in %1.</source>
        <translation>Inga anteckningar i %1.</translation>
    </message>
    <message>
        <source>No entries on %1.</source>
        <translation>Inga anteckningar %1.</translation>
    </message>
    <message>
        <source>No entries yet. Press Ctrl+N to note what happened today, or start one on the right.</source>
        <translation>Inga anteckningar än. Tryck Ctrl+N för att skriva ner vad som hände i dag, eller börja en till höger.</translation>
    </message>
    <message>
        <source>The Trash is empty. Deleted entries stay here for %1 days.</source>
        <translation>Papperskorgen är tom. Borttagna anteckningar ligger kvar här i %1 dagar.</translation>
    </message>
    <message>
        <source>No entries for this session yet. An entry belongs to a session when you choose it in the entry&apos;s header.</source>
        <translation>Inga anteckningar för det här tillfället än. En anteckning hör till ett tillfälle när du väljer tillfället överst i anteckningen.</translation>
    </message>
    <message>
        <source>No entries here yet.</source>
        <translation>Inga anteckningar här än.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: the disk may be full.</source>
        <translation>Dagens säkerhetskopia kunde inte göras: disken kan vara full.</translation>
    </message>
    <message>
        <source>Programme not changed</source>
        <translation>Programmet är oförändrat</translation>
    </message>
    <message>
        <source>The programme could not be saved; nothing has changed. Reason: %1</source>
        <translation>Programmet kunde inte sparas; inget har ändrats. Orsak: %1</translation>
    </message>
    <message>
        <source>Encryption not installed</source>
        <translation>Krypteringen är inte installerad</translation>
    </message>
    <message>
        <source>Encrypting the journal needs the optional SQLCipher part of the app. Install it with: pip install &quot;leadership-journal[encryption]&quot;</source>
        <translation>För att kryptera dagboken behövs appens valfria SQLCipher-del. Installera den med: pip install &quot;leadership-journal[encryption]&quot;</translation>
    </message>
    <message>
        <source>The open entry could not be saved (%1). Close anyway and lose the latest changes?</source>
        <translation>Den öppna anteckningen kunde inte sparas (%1). Vill du stänga ändå och förlora de senaste ändringarna?</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Too long to paste</source>
        <translation>För lång för att klistra in</translation>
    </message>
    <message>
        <source>This would make the text %1 characters long; one text holds at most %2 (about a thousand pages). Nothing was pasted; paste a part of it.</source>
        <translation>Texten skulle bli %1 tecken lång; en text rymmer högst %2 (ungefär tusen sidor). Inget klistrades in; klistra in en del av den.</translation>
    </message>
</context>
<context>
    <name>MentorImport</name>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunde inte läsas.</translation>
    </message>
    <message>
        <source>The file is far larger than a portfolio; it was not read.</source>
        <translation>Filen är mycket större än en portfolio; den lästes inte.</translation>
    </message>
    <message>
        <source>This is not a PDF file, or it is damaged.</source>
        <translation>Det här är inte en PDF-fil, eller så är den skadad.</translation>
    </message>
    <message>
        <source>The file is damaged: its comments cannot be read.</source>
        <translation>Filen är skadad: dess kommentarer kan inte läsas.</translation>
    </message>
    <message>
        <source>The file is protected by a password.</source>
        <translation>Filen är skyddad med ett lösenord.</translation>
    </message>
    <message>
        <source>The file has comments, but it is not a portfolio exported from this journal (or a program removed the mark that says which one), so they cannot be placed on your entries.</source>
        <translation>Filen har kommentarer, men den är inte en portfolio som exporterats från den här dagboken (eller så har ett program tagit bort märket som säger vilken), så de kan inte placeras vid dina anteckningar.</translation>
    </message>
    <message>
        <source>This portfolio was exported from another journal (or from this one before it was restored from an older copy): its comments cannot be placed on your entries.</source>
        <translation>Den här portfolion exporterades från en annan dagbok (eller från den här innan den återställdes från en äldre kopia): dess kommentarer kan inte placeras vid dina anteckningar.</translation>
    </message>
    <message>
        <source>The file has no comments and is not a portfolio exported from Leadership Journal. A portfolio that was printed to PDF (“Print”, or “Save as PDF” in a print dialog) loses its comments: ask your mentor for the file saved with File → Save in the PDF reader.</source>
        <translation>Filen har inga kommentarer och är inte en portfolio exporterad från Leadership Journal. En portfolio som skrivits ut till PDF (”Skriv ut”, eller ”Spara som PDF” i en utskriftsdialog) förlorar sina kommentarer: be din mentor om filen sparad med Arkiv → Spara i PDF-läsaren.</translation>
    </message>
    <message>
        <source>The file has no comments. If your mentor commented it, you may have a copy that was printed to PDF, which drops comments: ask for the file saved with File → Save in the PDF reader.</source>
        <translation>Filen har inga kommentarer. Om din mentor har kommenterat den kan du ha fått en kopia som skrivits ut till PDF, och då försvinner kommentarerna: be om filen sparad med Arkiv → Spara i PDF-läsaren.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Importen avbröts.</translation>
    </message>
    <message>
        <source>Import mentor&apos;s comments</source>
        <translation>Importera mentorns kommentarer</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the comments…</source>
        <translation>Läser kommentarerna…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>%n comments from your mentor were added.</source>
        <translation>
            <numerusform>%n kommentar från din mentor lades till.</numerusform>
            <numerusform>%n kommentarer från din mentor lades till.</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments were added.</source>
        <translation>Inga kommentarer lades till.</translation>
    </message>
    <message numerus="yes">
        <source>%n are on the portfolio as a whole: File → Comments on the whole portfolio…</source>
        <translation>
            <numerusform>%n gäller portfolion som helhet: Arkiv → Kommentarer om hela portfolion…</numerusform>
            <numerusform>%n gäller portfolion som helhet: Arkiv → Kommentarer om hela portfolion…</numerusform>
        </translation>
    </message>
    <message>
        <source>That password does not open %1. Try again:</source>
        <translation>Det lösenordet öppnar inte %1. Försök igen:</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Type it to read the comments:</source>
        <translation>%1 är skyddad med ett lösenord. Skriv det för att läsa kommentarerna:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>The comments could not be imported</source>
        <translation>Kommentarerna kunde inte importeras</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importen avbröts; inget lades till.</translation>
    </message>
</context>
<context>
    <name>MentorPanel</name>
    <message>
        <source>Note</source>
        <translation>Notering</translation>
    </message>
    <message>
        <source>Text on the page</source>
        <translation>Text på sidan</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Understrykning</translation>
    </message>
    <message>
        <source>Strike-out</source>
        <translation>Överstrykning</translation>
    </message>
    <message>
        <source>Squiggly underline</source>
        <translation>Vågig understrykning</translation>
    </message>
    <message>
        <source>Drawing on the page</source>
        <translation>Ritning på sidan</translation>
    </message>
    <message>
        <source>Your mentor</source>
        <translation>Din mentor</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <source>Comments from my mentor</source>
        <translation>Kommentarer från min mentor</translation>
    </message>
    <message>
        <source>&amp;Hide comments</source>
        <translation>&amp;Dölj kommentarer</translation>
    </message>
    <message>
        <source>Remove this comment…</source>
        <translation>Ta bort kommentaren…</translation>
    </message>
    <message numerus="yes">
        <source>Comments from my mentor (%n not answered)</source>
        <translation>
            <numerusform>Kommentarer från min mentor (%n obesvarad)</numerusform>
            <numerusform>Kommentarer från min mentor (%n obesvarade)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove comment</source>
        <translation>Ta bort kommentar</translation>
    </message>
    <message>
        <source>Remove this comment from your journal? It cannot be taken back; importing the file again offers it again.</source>
        <translation>Ta bort kommentaren från dagboken? Det går inte att ångra; om du importerar filen igen erbjuds den på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Remove this comment and the %n replies to it from your journal? It cannot be taken back; importing the file again offers them again.</source>
        <translation>
            <numerusform>Ta bort kommentaren och dess %n svar från dagboken? Det går inte att ångra; om du importerar filen igen erbjuds de på nytt.</numerusform>
            <numerusform>Ta bort kommentaren och dess %n svar från dagboken? Det går inte att ångra; om du importerar filen igen erbjuds de på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Inte borttagen</translation>
    </message>
    <message>
        <source>Response not saved</source>
        <translation>Svaret sparades inte</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>All entries</source>
        <translation>Alla anteckningar</translation>
    </message>
    <message>
        <source>Entry kinds</source>
        <translation>Anteckningstyper</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorgen</translation>
    </message>
    <message>
        <source>Deleted entries, kept here for %1 days</source>
        <translation>Borttagna anteckningar, som sparas här i %1 dagar</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>date to be confirmed by your organiser</source>
        <translation>datum bekräftas av arrangören</translation>
    </message>
    <message>
        <source>Comments from my mentor (%1)</source>
        <translation>Kommentarer från min mentor (%1)</translation>
    </message>
    <message>
        <source>Comments from my mentor</source>
        <translation>Kommentarer från min mentor</translation>
    </message>
    <message>
        <source>Entries with a comment from your mentor not answered yet</source>
        <translation>Anteckningar med en kommentar från din mentor som du inte har svarat på</translation>
    </message>
</context>
<context>
    <name>NewTripDialog</name>
    <message>
        <source>New study trip</source>
        <translation>Ny lärresa</translation>
    </message>
    <message>
        <source>The programme&apos;s study trip</source>
        <translation>Programmets lärresa</translation>
    </message>
    <message>
        <source>None: a trip of my own</source>
        <translation>Ingen: en egen lärresa</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Resmål</translation>
    </message>
    <message>
        <source>&amp;Programme session:</source>
        <translation>&amp;Programtillfälle:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Resmål:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>Save as new version</source>
        <translation>Spara som ny version</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Ändringsanteckning</translation>
    </message>
    <message>
        <source>&amp;What changed, and why? (a short change note)</source>
        <translation>&amp;Vad ändrades, och varför? (en kort ändringsanteckning)</translation>
    </message>
    <message>
        <source>The learnings that changed it</source>
        <translation>Lärandet som ändrade den</translation>
    </message>
    <message>
        <source>&amp;Which of your A–R–L entries changed it? (optional; newest first)</source>
        <translation>V&amp;ilka av dina A–R–L-anteckningar ändrade den? (valfritt; nyaste först)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
</context>
<context>
    <name>OpenFailed</name>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Dagboken kan inte öppnas</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Leadership Journal. Install the newer version to open it; the file has not been changed.</source>
        <translation>Dagboken skrevs av en nyare version av Leadership Journal. Installera den nyare versionen för att öppna den; filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The journal file is empty: it holds no entries. It has not been changed.</source>
        <translation>Dagboksfilen är tom: den innehåller inga anteckningar. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>The journal file is damaged or is not a journal. It has not been changed.</source>
        <translation>Dagboksfilen är skadad eller är ingen dagbok. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>The latest backup is from %1. Restoring it keeps a copy of the damaged file.</source>
        <translation>Den senaste säkerhetskopian är från %1. När den återställs sparas en kopia av den skadade filen.</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Återställ senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can set the empty file aside (it is kept among the backups) and start a new journal.</source>
        <translation>Det finns ingen säkerhetskopia att återställa. Du kan lägga undan den tomma filen (den sparas bland säkerhetskopiorna) och börja en ny dagbok.</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>Börja en ny dagbok</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>That passphrase is not right. Tries left: %1.</source>
        <translation>Lösenfrasen stämmer inte. Försök kvar: %1.</translation>
    </message>
    <message>
        <source>This journal is encrypted. Enter its passphrase:</source>
        <translation>Dagboken är krypterad. Skriv dess lösenfras:</translation>
    </message>
    <message>
        <source>Open encrypted journal</source>
        <translation>Öppna krypterad dagbok</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup.</source>
        <translation>Den lösenfrasen öppnar inte säkerhetskopian.</translation>
    </message>
    <message>
        <source>This backup was made under an earlier passphrase. Enter that one; the restored journal keeps its current passphrase.</source>
        <translation>Den här säkerhetskopian gjordes med en tidigare lösenfras. Skriv den; den återställda dagboken behåller sin nuvarande lösenfras.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>The passphrase is empty. Type it, or press Cancel.</source>
        <translation>Lösenfrasen är tom. Skriv den, eller tryck på Avbryt.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Upprepa den nya lösenfrasen</translation>
    </message>
    <message>
        <source>Nobody can open the journal without the passphrase, and there is no way to recover a forgotten one: not for you, not for us. Write it down and keep it somewhere safe. Backups are encrypted with it too.</source>
        <translation>Ingen kan öppna dagboken utan lösenfrasen, och en glömd lösenfras går inte att få tillbaka: varken för dig eller för oss. Skriv ner den och förvara den säkert. Säkerhetskopiorna krypteras också med den.</translation>
    </message>
    <message>
        <source>Ne&amp;w passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <translation>Upprep&amp;a:</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Skriv en lösenfras.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Använd minst %1 tecken; en kort mening är lätt att komma ihåg.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Add ph&amp;otos…</source>
        <translation>Lägg till &amp;foton…</translation>
    </message>
    <message>
        <source>Add photos to this entry (or drop them here)</source>
        <translation>Lägg till foton i anteckningen (eller släpp dem här)</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>Ta &amp;bort foto</translation>
    </message>
    <message>
        <source>Cap&amp;tion…</source>
        <translation>Bild&amp;text…</translation>
    </message>
    <message>
        <source>Write a caption for the selected photo (the portfolio prints it under it)</source>
        <translation>Skriv en bildtext till det valda fotot (portfolion skriver ut den under fotot)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Lägg till foton</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 is larger than 60 MB</source>
        <translation>%1 är större än 60 MB</translation>
    </message>
    <message>
        <source>%1 is not an image</source>
        <translation>%1 är ingen bild</translation>
    </message>
    <message numerus="yes">
        <source>Photos added: %n</source>
        <translation>
            <numerusform>Foton tillagda: %n</numerusform>
            <numerusform>Foton tillagda: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Några filer lades inte till</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Ta bort foto</translation>
    </message>
    <message>
        <source>Remove “%1” from this entry?</source>
        <translation>Ta bort ”%1” från anteckningen?</translation>
    </message>
    <message>
        <source>Photo not removed</source>
        <translation>Fotot togs inte bort</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <source>Caption for “%1” (empty: the file&apos;s name is printed):</source>
        <translation>Bildtext till ”%1” (tom: filens namn skrivs ut):</translation>
    </message>
    <message>
        <source>Caption not saved</source>
        <translation>Bildtexten sparades inte</translation>
    </message>
    <message>
        <source>Photo cannot be shown</source>
        <translation>Fotot kan inte visas</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>Filen är skadad.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
</context>
<context>
    <name>PortfolioTextsDialog</name>
    <message>
        <source>Foreword and closing summary</source>
        <translation>Förord och avslutande sammanfattning</translation>
    </message>
    <message>
        <source>These texts open and close your portfolio, in your own words. The foreword comes after the contents; what you present at the programme&apos;s closing event and the closing summary come at the end. A part you leave empty is left out.</source>
        <translation>De här texterna inleder och avslutar din portfolio, med dina egna ord. Förordet kommer efter innehållsförteckningen; det du visar på programmets avslutning och den avslutande sammanfattningen kommer sist. En del du lämnar tom utelämnas.</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>Förord</translation>
    </message>
    <message>
        <source>What should your mentor know before reading? What was this year for you?</source>
        <translation>Vad behöver din mentor veta före läsningen? Vad var det här året för dig?</translation>
    </message>
    <message>
        <source>What I have learned</source>
        <translation>Vad jag har lärt mig</translation>
    </message>
    <message>
        <source>Looking back over your entries: what have you learned about yourself and your leadership?</source>
        <translation>Se tillbaka på dina anteckningar: vad har du lärt dig om dig själv och ditt ledarskap?</translation>
    </message>
    <message>
        <source>Where I go next</source>
        <translation>Vart jag går härnäst</translation>
    </message>
    <message>
        <source>What will you keep doing, try next, or ask others for?</source>
        <translation>Vad fortsätter du med, vad prövar du härnäst, vad ber du andra om?</translation>
    </message>
    <message>
        <source>What will you present at “%1”: your results, what they gained, how they can be scaled and carried over to others?</source>
        <translation>Vad visar du på ”%1”: dina resultat, vad de gav, och hur de kan spridas och föras över till andra?</translation>
    </message>
    <message>
        <source>What will you present at the programme&apos;s closing event: your results, what they gained, how they can be scaled and carried over to others?</source>
        <translation>Vad visar du på programmets avslutning: dina resultat, vad de gav, och hur de kan spridas och föras över till andra?</translation>
    </message>
    <message>
        <source>What I present at the close</source>
        <translation>Det jag visar på avslutningen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Förkasta ändringarna?</translation>
    </message>
    <message>
        <source>Your changes to the foreword and closing summary are not saved.</source>
        <translation>Dina ändringar i förordet och den avslutande sammanfattningen är inte sparade.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Språk i appen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Som i systemet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>Ett nytt språk används från nästa gång appen startar.</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>vad som hände</translation>
    </message>
    <message>
        <source>action</source>
        <translation>handling</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>reflektion</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>lärande</translation>
    </message>
    <message>
        <source>next experiment</source>
        <translation>nästa experiment</translation>
    </message>
    <message>
        <source>theory</source>
        <translation>teori</translation>
    </message>
    <message>
        <source>values</source>
        <translation>värdegrund</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>study trip</source>
        <translation>lärresa</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>culture</source>
        <translation>kultur</translation>
    </message>
    <message>
        <source>context</source>
        <translation>kontext</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>kommunikation</translation>
    </message>
    <message>
        <source>what I take home</source>
        <translation>det jag tar med hem</translation>
    </message>
    <message>
        <source>change note</source>
        <translation>ändringsanteckning</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
</context>
<context>
    <name>PrivacyCheckDialog</name>
    <message>
        <source>Privacy check</source>
        <translation>Integritetskontroll</translation>
    </message>
    <message>
        <source>Entries with personal identity numbers</source>
        <translation>Anteckningar med personnummer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontrollera &amp;igen</translation>
    </message>
    <message>
        <source>These entries hold what looks like a personal identity number. Patient data does not belong in the journal: open each, right-click the underlined number and mask it, or mark it as not a personal number. The portfolio masks them in any case.</source>
        <translation>De här anteckningarna innehåller något som ser ut som ett personnummer. Patientuppgifter hör inte hemma i dagboken: öppna var och en, högerklicka på det understrukna numret och maskera det, eller markera att det inte är ett personnummer. Portfolion maskerar dem i vilket fall.</translation>
    </message>
    <message>
        <source>No entry holds what looks like a personal identity number.</source>
        <translation>Ingen anteckning innehåller något som ser ut som ett personnummer.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme and sessions</source>
        <translation>Program och tillfällen</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Programmets namn</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>Programmets &amp;namn:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Lägg till tillfälle</translation>
    </message>
    <message>
        <source>&amp;Remove session…</source>
        <translation>Ta &amp;bort tillfälle…</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Tillfällets rubrik</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Typ av tillfälle</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>No module</source>
        <translation>Ingen modul</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Date to be confirmed by your organiser</source>
        <translation>Datum bekräftas av arrangören</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Första dagen:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>S&amp;ista dagen:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>What do I want to bring up?</source>
        <translation>Vad vill jag ta upp?</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Vad som sades</translation>
    </message>
    <message>
        <source>What did we talk about? What struck me?</source>
        <translation>Vad pratade vi om? Vad slog mig?</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Överenskomna nästa steg</translation>
    </message>
    <message>
        <source>What did we agree I will try or do?</source>
        <translation>Vad kom vi överens om att jag ska pröva eller göra?</translation>
    </message>
    <message>
        <source>Notes from this session</source>
        <translation>Mötesanteckningar från tillfället</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>&amp;Dagordning:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>Vad som s&amp;ades:</translation>
    </message>
    <message>
        <source>Agreed ne&amp;xt steps:</source>
        <translation>Överenskomna nästa st&amp;eg:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>Competency areas</source>
        <translation>Kompetensområden</translation>
    </message>
    <message>
        <source>One per line. A module renamed keeps its sessions; a module removed leaves its sessions without one. Entries keep the areas they were given, also an area you rename or remove here.</source>
        <translation>En per rad. En modul som byter namn behåller sina tillfällen; en modul som tas bort lämnar sina tillfällen utan modul. Anteckningar behåller de områden de har fått, även ett område du byter namn på eller tar bort här.</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Moduler:</translation>
    </message>
    <message>
        <source>Competency &amp;areas:</source>
        <translation>&amp;Kompetensområden:</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Tillfällen</translation>
    </message>
    <message>
        <source>Mo&amp;dules and areas</source>
        <translation>Moduler och &amp;områden</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <source>date to be confirmed by your organiser</source>
        <translation>datum bekräftas av arrangören</translation>
    </message>
    <message numerus="yes">
        <source>Entries linked to this session: %n</source>
        <translation>
            <numerusform>En anteckning är kopplad till tillfället.</numerusform>
            <numerusform>%n anteckningar är kopplade till tillfället.</numerusform>
        </translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nytt tillfälle</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Entries linked to it: %n. They are kept; only the link goes.</source>
        <translation>
            <numerusform>En anteckning är kopplad till den. Den behålls; bara kopplingen försvinner.</numerusform>
            <numerusform>%n anteckningar är kopplade till den. De behålls; bara kopplingen försvinner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Ta bort tillfälle</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Förkasta ändringar</translation>
    </message>
    <message>
        <source>Discard your changes to the programme and its sessions?</source>
        <translation>Förkasta dina ändringar av programmet och dess tillfällen?</translation>
    </message>
    <message>
        <source>Every session needs a title.</source>
        <translation>Varje tillfälle behöver en rubrik.</translation>
    </message>
</context>
<context>
    <name>ProgrammeFileDialog</name>
    <message>
        <source>Use programme file</source>
        <translation>Använd programfil</translation>
    </message>
    <message>
        <source>Change programme</source>
        <translation>Byt program</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>It replaces “%1”. Sessions with the same title and kind keep their linked entries and their meeting notes; entries linked to other sessions keep their text but lose the link. A backup is made first.</source>
        <translation>Det ersätter ”%1”. Tillfällen med samma rubrik och typ behåller sina kopplade anteckningar och mötesanteckningar; anteckningar kopplade till andra tillfällen behåller sin text men förlorar kopplingen. En säkerhetskopia görs först.</translation>
    </message>
    <message>
        <source>Programme start date</source>
        <translation>Programmets startdatum</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>Use this programme</source>
        <translation>Använd det här programmet</translation>
    </message>
    <message>
        <source>“%1”: %2, %3.</source>
        <translation>”%1”: %2, %3.</translation>
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
            <numerusform>%n tillfälle</numerusform>
            <numerusform>%n tillfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme file not used</source>
        <translation>Programfilen användes inte</translation>
    </message>
    <message>
        <source>This file cannot be used, and nothing has changed.

%1</source>
        <translation>Den här filen kan inte användas, och inget har ändrats.

%1</translation>
    </message>
    <message>
        <source>Programme files (*.toml *.json);;All files (*)</source>
        <translation>Programfiler (*.toml *.json);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Comments from your mentor</source>
        <translation>Kommentarer från din mentor</translation>
    </message>
    <message>
        <source>The portfolio as a whole</source>
        <translation>Portfolion som helhet</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation>%1 (sida %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n new comments in %1, from the portfolio exported on %2.</source>
        <translation>
            <numerusform>%n ny kommentar i %1, från portfolion som exporterades %2.</numerusform>
            <numerusform>%n nya kommentarer i %1, från portfolion som exporterades %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were imported before and are left out.</source>
        <translation>
            <numerusform>%n importerades redan tidigare och utelämnas.</numerusform>
            <numerusform>%n importerades redan tidigare och utelämnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Vid</translation>
    </message>
    <message>
        <source>Comments to import</source>
        <translation>Kommentarer att importera</translation>
    </message>
    <message>
        <source>Put the selected comment on</source>
        <translation>Placera den valda kommentaren vid</translation>
    </message>
    <message>
        <source>Put the selected comment &amp;on:</source>
        <translation>Placera den valda kommentaren &amp;vid:</translation>
    </message>
    <message>
        <source>(an entry no longer in the journal)</source>
        <translation>(en anteckning som inte längre finns i dagboken)</translation>
    </message>
    <message>
        <source>Notes from a session</source>
        <translation>Mötesanteckningar från ett tillfälle</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n comments</source>
        <translation>
            <numerusform>&amp;Importera %n kommentar</numerusform>
            <numerusform>&amp;Importera %n kommentarer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunChartWidget</name>
    <message>
        <source>No measurements yet.</source>
        <translation>Inga mätningar än.</translation>
    </message>
    <message>
        <source>a shift</source>
        <translation>ett skift</translation>
    </message>
    <message>
        <source>a trend</source>
        <translation>en trend</translation>
    </message>
    <message>
        <source>too few runs</source>
        <translation>för få serier</translation>
    </message>
    <message>
        <source>too many runs</source>
        <translation>för många serier</translation>
    </message>
    <message>
        <source>an astronomical point</source>
        <translation>en astronomisk punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n measurements, median %1</source>
        <translation>
            <numerusform>%n mätning, median %1</numerusform>
            <numerusform>%n mätningar, median %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <source>Copying the journal…</source>
        <translation>Kopierar dagboken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>A copy of the journal is in %1.</source>
        <translation>En kopia av dagboken finns i %1.</translation>
    </message>
    <message>
        <source>No copy made</source>
        <translation>Ingen kopia gjord</translation>
    </message>
    <message>
        <source>Cancelled; no copy was made.</source>
        <translation>Avbrutet; ingen kopia gjordes.</translation>
    </message>
    <message>
        <source>Leadership Journal %1.sqlite3</source>
        <translation>Leadership Journal %1.sqlite3</translation>
    </message>
    <message>
        <source>Save a copy of the journal</source>
        <translation>Spara en kopia av dagboken</translation>
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
        <translation>Status för sparande</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparad %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Sök i dagboken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Antal resultat</translation>
    </message>
    <message>
        <source>Improvement work</source>
        <translation>Förbättringsarbete</translation>
    </message>
    <message numerus="yes">
        <source>%n results, best first</source>
        <translation>
            <numerusform>%n resultat, bästa först</numerusform>
            <numerusform>%n resultat, bästa först</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Inget hittades för ”%1”</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <source>Rate my competencies</source>
        <translation>Skatta mina kompetenser</translation>
    </message>
    <message>
        <source>Rate yourself in each competency area of your programme at the start, midway and at the end, with a sentence on why: 1 is where you begin, 5 a strength you build on. The portfolio shows how your ratings moved.</source>
        <translation>Skatta dig själv i varje kompetensområde i ditt program i början, halvvägs och i slutet, med en mening om varför: 1 är där du börjar, 5 en styrka du bygger på. Portfolion visar hur dina skattningar har förändrats.</translation>
    </message>
    <message>
        <source>When in the programme</source>
        <translation>När i programmet</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>Rating of “%1”</source>
        <translation>Skattning av ”%1”</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Inte skattad</translation>
    </message>
    <message>
        <source>Why: “%1”</source>
        <translation>Varför: ”%1”</translation>
    </message>
    <message>
        <source>Why? One sentence</source>
        <translation>Varför? En mening</translation>
    </message>
    <message>
        <source>Your programme has no competency areas yet. Add them in Programme → Programme and sessions…, on the tab Modules and areas.</source>
        <translation>Ditt program har inga kompetensområden än. Lägg till dem under Program → Program och tillfällen…, på fliken Moduler och områden.</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>I början</translation>
    </message>
    <message>
        <source>Midway</source>
        <translation>Halvvägs</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>I slutet</translation>
    </message>
    <message>
        <source>1 – where I begin</source>
        <translation>1 – här börjar jag</translation>
    </message>
    <message>
        <source>5 – a strength I build on</source>
        <translation>5 – en styrka jag bygger på</translation>
    </message>
    <message>
        <source>A rating is missing</source>
        <translation>En skattning saknas</translation>
    </message>
    <message>
        <source>Give “%1” a rating to keep its sentence.</source>
        <translation>Ge ”%1” en skattning för att behålla meningen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Förkasta ändringarna?</translation>
    </message>
    <message>
        <source>Your ratings are not saved.</source>
        <translation>Dina skattningar är inte sparade.</translation>
    </message>
</context>
<context>
    <name>TheoryCompareDialog</name>
    <message>
        <source>Compare versions of your leadership theory</source>
        <translation>Jämför versioner av din ledarskapsteori</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Äldre version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Nyare version</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Nuvarande text</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>Äldre text</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Nyare text</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Teori</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Värdegrund</translation>
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
        <translation>Vad är ledarskap för dig, och hur fungerar det? Vilka är dina teorier om förändring, strategi och organisering?</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Värdegrund</translation>
    </message>
    <message>
        <source>What do you stand for as a leader?</source>
        <translation>Vad står du för som ledare?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What do you want to develop next?</source>
        <translation>Vad vill du utveckla härnäst?</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Sparade versioner</translation>
    </message>
    <message>
        <source>Save as new &amp;version…</source>
        <translation>Spara som ny &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;Jämför versioner…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versioner&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Version not saved</source>
        <translation>Versionen sparades inte</translation>
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
        <translation>Fet</translation>
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
        <translation>R</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numrerad lista</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New experience (Ctrl+N)</source>
        <translation>Ny erfarenhet (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Sök i dagboken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Export the portfolio as a PDF (Ctrl+E)</source>
        <translation>Exportera portfolion som PDF (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Put the entry back where it was</source>
        <translation>Lägg tillbaka anteckningen där den var</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>Ta bort för &amp;alltid…</translation>
    </message>
    <message>
        <source>This entry is in the Trash. It is kept until %1 and left out of search and the portfolio; restore it to write in it again.</source>
        <translation>Den här anteckningen ligger i papperskorgen. Den sparas till %1 och kommer inte med i sökningar eller portfolion; återställ den för att skriva i den igen.</translation>
    </message>
</context>
<context>
    <name>TripNoteEditor</name>
    <message>
        <source>Study trip</source>
        <translation>Lärresa</translation>
    </message>
    <message>
        <source>New trip…</source>
        <translation>Ny lärresa…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Place: hospital, town, organisation…</source>
        <translation>Plats: sjukhus, stad, organisation…</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>What did you notice about values, habits, norms?</source>
        <translation>Vad lade du märke till när det gäller värderingar, vanor och normer?</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>What in the system, the economy and the organisation explains it?</source>
        <translation>Vad i systemet, ekonomin och organisationen förklarar det?</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>How did people talk, decide and lead?</source>
        <translation>Hur talade, beslutade och ledde man?</translation>
    </message>
    <message>
        <source>What I take home</source>
        <translation>Det jag tar med hem</translation>
    </message>
    <message>
        <source>What do you take home to your own organisation: a thought, a habit, something to try?</source>
        <translation>Vad tar du med dig hem till din egen organisation: en tanke, en vana, något att pröva?</translation>
    </message>
    <message>
        <source>No trip</source>
        <translation>Ingen lärresa</translation>
    </message>
    <message>
        <source>Trip not saved</source>
        <translation>Lärresan sparades inte</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Välkommen, %1</translation>
    </message>
    <message>
        <source>Welcome to your leadership journal</source>
        <translation>Välkommen till din ledarskapsdagbok</translation>
    </message>
    <message>
        <source>Write down what happens as you lead, look back on it, and see what you learn. There are four kinds of entry; choose one on the left to read it again, or start one here.</source>
        <translation>Skriv ner vad som händer när du leder, se tillbaka på det och se vad du lär dig. Det finns fyra slags anteckningar; välj en till vänster för att läsa den igen, eller börja en här.</translation>
    </message>
    <message>
        <source>Your portfolio</source>
        <translation>Din portfolio</translation>
    </message>
    <message>
        <source>At the end of the programme, or whenever you like, File → Export portfolio (Ctrl+E) makes a PDF of the entries you choose, for your sparring partner. Private entries stay out unless you include them.</source>
        <translation>I slutet av programmet, eller när du vill, gör Arkiv → Exportera portfolio (Ctrl+E) en PDF av de anteckningar du väljer, till din sparringpartner. Privata anteckningar kommer inte med om du inte tar med dem.</translation>
    </message>
    <message>
        <source>Export portfolio…</source>
        <translation>Exportera portfolio…</translation>
    </message>
    <message>
        <source>A quick note of what happened, while you remember it. Work it up later.</source>
        <translation>En snabb anteckning om vad som hände, medan du minns det. Bearbeta den senare.</translation>
    </message>
    <message>
        <source>The initiative you took or the experiment you tried, how you see it now, and what you learned and will try next.</source>
        <translation>Initiativet du tog eller experimentet du prövade, hur du ser på det nu, och vad du lärde dig och ska pröva härnäst.</translation>
    </message>
    <message>
        <source>Your own theory of leadership, your values and goals. Keep a version each time it changes, and see how it grew.</source>
        <translation>Din egen ledarskapsteori, dina värderingar och mål. Spara en version varje gång den ändras, och se hur den växte.</translation>
    </message>
    <message>
        <source>On a study trip: the place, photos, and what you saw of culture, context and communication.</source>
        <translation>På en lärresa: platsen, foton och vad du såg av kultur, kontext och kommunikation.</translation>
    </message>
    <message>
        <source>New experience</source>
        <translation>Ny erfarenhet</translation>
    </message>
    <message>
        <source>New A–R–L entry</source>
        <translation>Ny A–R–L-anteckning</translation>
    </message>
    <message>
        <source>Open my theory</source>
        <translation>Öppna min teori</translation>
    </message>
    <message>
        <source>New study-trip note</source>
        <translation>Ny anteckning från lärresa</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong inside Leadership Journal; nothing was changed.</source>
        <translation>Något gick fel i Leadership Journal; inget ändrades.</translation>
    </message>
    <message>
        <source>The details for the developers are in %1.</source>
        <translation>Detaljerna för utvecklarna finns i %1.</translation>
    </message>
</context>
</TS>
