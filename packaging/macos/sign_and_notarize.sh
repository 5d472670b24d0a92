#!/usr/bin/env bash
# Sign the macOS app with a Developer ID Application certificate, rebuild the disk image,
# notarize it with Apple and staple the ticket. Needs (from CI secrets, never the repository):
# MACOS_CERT_P12 (base64), MACOS_CERT_PASSWORD, APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD.
set -euo pipefail
dmg=${1:?usage: sign_and_notarize.sh dist/LeadershipJournal-VERSION.dmg}
app="dist/Leadership Journal.app"

keychain="$RUNNER_TEMP/signing.keychain-db"
echo "$MACOS_CERT_P12" | base64 --decode >"$RUNNER_TEMP/cert.p12"
security create-keychain -p "" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "" "$keychain"
security import "$RUNNER_TEMP/cert.p12" -k "$keychain" -P "$MACOS_CERT_PASSWORD" -T /usr/bin/codesign
security list-keychains -d user -s "$keychain"
identity=$(security find-identity -v -p codesigning "$keychain" | awk -F'"' '/Developer ID Application/ {print $2; exit}')

codesign --force --deep --options runtime --timestamp --sign "$identity" "$app"
rm -f "$dmg"
python3 -c "import sys; sys.path.insert(0, 'scripts'); import build_app; build_app.make_dmg(build_app.DIST / 'Leadership Journal.app', build_app.version())"
codesign --force --timestamp --sign "$identity" "$dmg"
xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$dmg"
