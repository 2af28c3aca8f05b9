/**
 * Browser tests: the real start script, real headless Chromium (Debian's chromium + chromedriver), Selenium.
 */
package cn.sh.pilot.app.browser;
