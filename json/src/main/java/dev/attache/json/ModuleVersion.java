package dev.attache.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The version of the attache module as Jackson reports it, from the build. */
final class ModuleVersion {
  static final Version VERSION = read();

  private ModuleVersion() {}

  private static Version read() {
    Properties properties = new Properties();
    try (InputStream in = ModuleVersion.class.getResourceAsStream("module.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(properties.getProperty("version"),
        properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }
}
