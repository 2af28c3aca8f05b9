/**
 * Integration tests: {@code PlatformIT} runs in and against Payara Micro through Arquillian (the packaged WAR);
 * {@code ConsoleBrowserIT} starts the real {@code run.sh} twice and drives headless Chromium.
 */
package cn.sh.pilot.app.it;
