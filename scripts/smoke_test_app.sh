#!/usr/bin/env bash
# Smoke test of a built app (scripts/build_app.py), run as a participant's machine runs it:
# an empty environment (env -i), no Python and no venv on PATH, a fresh HOME.
#
#   bash scripts/smoke_test_app.sh dist/leadership-journal_0.1.0_amd64.deb
#   bash scripts/smoke_test_app.sh dist/leadership-journal/leadership-journal
#   bash scripts/smoke_test_app.sh --install dist/leadership-journal_0.1.0_amd64.deb
#
# A .deb is unpacked into a temporary folder (or, with --install, installed with apt with
# the libraries it depends on, as a participant installs it). Checks: the app starts on a
# new journal and on one with entries, in English, Swedish and Danish (our translations and
# Qt's); demo, search, export (PDF, also with a password) and reading a returned portfolio
# work; an encrypted journal opens;
# starting it again brings the running window forward instead of an error.
set -euo pipefail

install=0
if [[ ${1:-} == --install ]]; then
    install=1
    shift
fi
target=${1:?usage: smoke_test_app.sh [--install] PACKAGE.deb|APP-EXECUTABLE}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

case "$target" in
*.deb)
    if ((install)); then
        apt-get install -y -qq --no-install-recommends "$(realpath "$target")" >/dev/null
        app=/usr/bin/leadership-journal
    else
        dpkg-deb -x "$target" "$work/root"
        app="$work/root/opt/leadership-journal/leadership-journal"
        root="$work/root"
        for file in usr/share/applications/org.leadershipjournal.LeadershipJournal.desktop \
            usr/share/metainfo/org.leadershipjournal.LeadershipJournal.metainfo.xml \
            usr/share/icons/hicolor/16x16/apps/org.leadershipjournal.LeadershipJournal.png \
            usr/share/icons/hicolor/scalable/apps/org.leadershipjournal.LeadershipJournal.svg; do
            [[ -f $root/$file ]] || fail "the package has no $file"
        done
        [[ -L $root/usr/bin/leadership-journal ]] || fail "the package has no command"
        app="$root/usr/bin/leadership-journal"
    fi
    ;;
*) app=$(realpath "$target") ;;
esac
[[ -x $app ]] || { echo "not an executable: $app" >&2; exit 2; }

home="$work/home"
mkdir -p "$home" "$work/tmp"
# What a desktop session gives every program; nothing of this shell's or a venv's.
clean=(env -i "HOME=$home" "TMPDIR=$work/tmp" "PATH=/usr/bin:/bin" "LANG=C.UTF-8"
    "QT_QPA_PLATFORM=offscreen")
if [[ -n ${SYSTEMROOT:-} ]]; then # Windows: Python cannot start without it
    clean+=("SYSTEMROOT=$SYSTEMROOT")
fi

lj() { "${clean[@]}" "$app" "$@"; }

step() { echo "--- $*"; }

step "starts on a new journal"
lj --data-dir "$work/new" --quit-after-start || fail "--quit-after-start on a new journal"
[[ -f $work/new/journal.sqlite3 ]] || fail "no journal was made in $work/new"

step "demo"
lj --data-dir "$work/j" demo --entries 60 || fail "demo"

config="$work/config" # where the settings are on every system: the app's own variable
mkdir -p "$config"
for pair in "en:File:Cancel" "sv:Arkiv:Avbryt" "da:Filer:Annuller"; do
    IFS=: read -r language menu button <<<"$pair"
    step "the window in $language"
    printf '[interface]\nlanguage=%s\n' "$language" >"$config/settings.ini"
    out=$("${clean[@]}" "LEADERSHIP_JOURNAL_CONFIG_DIR=$config" \
        "$app" --data-dir "$work/j" --quit-after-start 2>"$work/err") || fail "start in $language"
    echo "$out"
    [[ $out == *"interface $language; menus $menu,"* ]] || fail "our $language translation"
    [[ $out == *"Qt: $button"* ]] || fail "Qt's own $language translation"
done

step "search"
out=$(lj --data-dir "$work/j" search möte) || fail "search"
[[ $out == *"[möte]"* ]] || fail "search found nothing for 'möte'"

step "export a PDF"
lj --data-dir "$work/j" export --format pdf -o "$work/portfolio.pdf" || fail "export pdf"
[[ $(head -c 5 "$work/portfolio.pdf" 2>/dev/null) == "%PDF-" ]] || fail "the export is no PDF"

step "export a PDF with a password"
printf 'mentor-läser\n' >"$work/pdf-password"
lj --data-dir "$work/j" export --format pdf -o "$work/locked.pdf" \
    --password-file "$work/pdf-password" || fail "export pdf with a password"
grep -aq "/Encrypt" "$work/locked.pdf" || fail "the PDF with a password is not encrypted"
if command -v qpdf >/dev/null; then
    qpdf --requires-password "$work/locked.pdf" || fail "qpdf opens it without a password"
    qpdf --password=mentor-läser --check "$work/locked.pdf" >/dev/null || fail "qpdf cannot open it"
fi

step "reading a returned portfolio (the mentor's comments)"
# Returned without comments: read (with its password), recognised, and told in one line.
out=$(lj --data-dir "$work/j" feedback import "$work/locked.pdf" \
    --password-file "$work/pdf-password" 2>&1) && fail "a file without comments was imported"
grep -q "has no comments" <<<"$out" || fail "feedback import: $out"
if [[ -n ${root:-} ]]; then # PDFium, which reads the words under a highlight, is bundled
    find "$root" -name 'libpdfium*' | grep -q . || fail "the package has no PDFium"
fi

step "an encrypted journal"
printf 'lång lösenfras 42\n' >"$work/passphrase"
lj --data-dir "$work/j" passphrase --new-passphrase-file "$work/passphrase" || fail "encrypt"
if head -c 16 "$work/j/journal.sqlite3" | grep -aq "SQLite format 3"; then
    fail "the journal file is not encrypted"
fi
lj --data-dir "$work/j" check --passphrase-file "$work/passphrase" || fail "check, encrypted"
out=$(lj --data-dir "$work/j" search --passphrase-file "$work/passphrase" möte) || fail "search"
[[ $out == *"[möte]"* ]] || fail "search in the encrypted journal found nothing"
lj --data-dir "$work/j" export --format pdf -o "$work/enc.pdf" \
    --passphrase-file "$work/passphrase" || fail "export from the encrypted journal"

step "a second start brings the running window forward"
lj --data-dir "$work/k" demo --entries 5 >/dev/null || fail "demo"
lj --data-dir "$work/k" >"$work/first.log" 2>&1 &
first=$!
for _ in $(seq 100); do # the window listens once it is painted
    compgen -G "$work/tmp/leadership-journal-*" >/dev/null && break
    sleep 0.1
done
if timeout 30 "${clean[@]}" "$app" --data-dir "$work/k" >"$work/second.log" 2>&1; then
    kill -0 "$first" 2>/dev/null || fail "the first window went away"
else
    fail "the second start did not hand over: $(cat "$work/second.log")"
fi
kill "$first" 2>/dev/null || true
wait "$first" 2>/dev/null || true

if command -v Xvfb >/dev/null; then
    step "a real window on an X server"
    Xvfb :93 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    sleep 1
    missing=$(ldd "$(dirname "$(realpath "$app")")/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" |
        grep "not found" || true)
    if [[ -n $missing ]]; then
        echo "skipped: the system lacks what the package depends on: $missing"
    elif ! "${clean[@]}" QT_QPA_PLATFORM=xcb DISPLAY=:93 "$app" --data-dir "$work/new" \
        --quit-after-start; then
        fail "the app does not start on X11"
    fi
fi

if ((failures)); then
    echo "$failures smoke test(s) failed" >&2
    exit 1
fi
echo "smoke test passed: $app"
