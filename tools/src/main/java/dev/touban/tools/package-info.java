/** Operations tools run from a workstation: manifest, secrets, post-deploy checks, restore drill. */
package dev.touban.tools;
