// Signet drives the system's Chromium (Debian's `chromium` package); puppeteer must not download one.
module.exports = { skipDownload: true };
