package dev.touban.tools.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of a Slack app manifest that Touban's manifest uses, as Slack's reference lists
 * them (https://api.slack.com/concepts/manifests#fields, the "Manifest schema" tables, as
 * published 2025-03-27; now docs.slack.dev/reference/app-manifest): which keys each object
 * may have, which are required, their types, maximum lengths, item counts and patterns.
 * Objects Touban does not use (functions, workflows, ...) are allowed at the top level and
 * not looked into. {@link #errors} lists every violation; an empty list is a valid manifest.
 */
final class SlackManifestSchema {
    private static final Pattern HTTPS = Pattern.compile("^https://\\S+$");
    private static final Pattern HEX_COLOR = Pattern.compile("^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$");
    private static final Pattern BOT_NAME = Pattern.compile("^[a-z0-9._-]+$");
    private static final Pattern COMMAND = Pattern.compile("^/\\S+$");

    private SlackManifestSchema() {}

    /** Top-level groups of the reference (Metadata ... Compliance). */
    private static final Set<String> TOP = Set.of("_metadata", "app_directory", "display_information", "features",
            "oauth_config", "settings", "functions", "workflows", "datastores", "outgoing_domains", "types",
            "metadata_events", "external_auth_providers", "compliance");
    private static final Set<String> FEATURES = Set.of("app_home", "assistant_view", "bot_user", "shortcuts",
            "slash_commands", "unfurl_domains", "workflow_steps");
    private static final Set<String> SETTINGS = Set.of("allowed_ip_address_ranges", "event_subscriptions",
            "incoming_webhooks", "interactivity", "org_deploy_enabled", "socket_mode_enabled", "token_rotation_enabled",
            "is_hosted", "siws_links", "function_runtime");

    static List<String> errors(Object manifest) {
        List<String> e = new ArrayList<>();
        Map<String, Object> root = object(manifest, "(manifest)", e);
        if (root == null) {
            return e;
        }
        keys(root, "", TOP, e);
        Map<String, Object> meta = object(root.get("_metadata"), "_metadata", e);
        if (meta != null) {
            keys(meta, "_metadata.", Set.of("major_version", "minor_version"), e);
            integer(meta, "_metadata.", "major_version", false, e);
            integer(meta, "_metadata.", "minor_version", false, e);
            if (meta.get("major_version") instanceof Integer v && v != 1 && v != 2) {
                e.add("_metadata.major_version: only 1 and 2 are supported, not " + v);
            }
        }
        Map<String, Object> display = required(root, "", "display_information", e);
        if (display != null) {
            keys(display, "display_information.", Set.of("name", "description", "long_description", "background_color"), e);
            string(display, "display_information.", "name", true, 35, null, e);
            string(display, "display_information.", "description", false, 140, null, e);
            string(display, "display_information.", "long_description", false, 4000, null, e);
            string(display, "display_information.", "background_color", false, 7, HEX_COLOR, e);
        }
        features(root, e);
        oauth(root, e);
        settings(root, e);
        return e;
    }

    private static void features(Map<String, Object> root, List<String> e) {
        Map<String, Object> features = object(root.get("features"), "features", e);
        if (features == null) {
            return;
        }
        keys(features, "features.", FEATURES, e);
        Map<String, Object> bot = object(features.get("bot_user"), "features.bot_user", e);
        if (bot != null) {
            keys(bot, "features.bot_user.", Set.of("display_name", "always_online"), e);
            string(bot, "features.bot_user.", "display_name", true, 80, BOT_NAME, e);
            bool(bot, "features.bot_user.", "always_online", false, e);
        }
        List<Object> commands = list(features.get("slash_commands"), "features.slash_commands", 50, e);
        for (int i = 0; commands != null && i < commands.size(); i++) {
            String at = "features.slash_commands[" + i + "].";
            Map<String, Object> c = object(commands.get(i), at, e);
            if (c == null) {
                continue;
            }
            keys(c, at, Set.of("command", "description", "should_escape", "url", "usage_hint"), e);
            string(c, at, "command", true, 32, COMMAND, e);
            string(c, at, "description", true, 2000, null, e);
            bool(c, at, "should_escape", false, e);
            string(c, at, "url", false, Integer.MAX_VALUE, HTTPS, e);
            string(c, at, "usage_hint", false, 1000, null, e);
        }
    }

    private static void oauth(Map<String, Object> root, List<String> e) {
        Map<String, Object> oauth = object(root.get("oauth_config"), "oauth_config", e);
        if (oauth == null) {
            return;
        }
        keys(oauth, "oauth_config.", Set.of("redirect_urls", "scopes", "token_management_enabled"), e);
        Map<String, Object> scopes = object(oauth.get("scopes"), "oauth_config.scopes", e);
        if (scopes != null) {
            keys(scopes, "oauth_config.scopes.", Set.of("bot", "user"), e);
            for (String kind : List.of("bot", "user")) {
                List<Object> list = list(scopes.get(kind), "oauth_config.scopes." + kind, 255, e);
                for (int i = 0; list != null && i < list.size(); i++) {
                    if (!(list.get(i) instanceof String)) {
                        e.add("oauth_config.scopes." + kind + "[" + i + "]: must be a string");
                    }
                }
            }
        }
    }

    private static void settings(Map<String, Object> root, List<String> e) {
        Map<String, Object> settings = object(root.get("settings"), "settings", e);
        if (settings == null) {
            return;
        }
        keys(settings, "settings.", SETTINGS, e);
        Map<String, Object> interactivity = object(settings.get("interactivity"), "settings.interactivity", e);
        if (interactivity != null) {
            keys(interactivity, "settings.interactivity.", Set.of("is_enabled", "request_url", "message_menu_options_url"), e);
            bool(interactivity, "settings.interactivity.", "is_enabled", true, e);
            string(interactivity, "settings.interactivity.", "request_url", false, Integer.MAX_VALUE, HTTPS, e);
            string(interactivity, "settings.interactivity.", "message_menu_options_url", false, Integer.MAX_VALUE, HTTPS, e);
        }
        for (String flag : List.of("org_deploy_enabled", "socket_mode_enabled", "token_rotation_enabled", "is_hosted")) {
            bool(settings, "settings.", flag, false, e);
        }
    }

    private static void keys(Map<String, Object> object, String at, Set<String> allowed, List<String> e) {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                e.add(at + key + ": not a field of the manifest schema");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String at, List<String> e) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        e.add(at + ": must be an object");
        return null;
    }

    private static Map<String, Object> required(Map<String, Object> parent, String at, String key, List<String> e) {
        if (!parent.containsKey(key)) {
            e.add(at + key + ": required");
            return null;
        }
        return object(parent.get(key), at + key, e);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String at, int maxItems, List<String> e) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            e.add(at + ": must be an array");
            return null;
        }
        if (list.size() > maxItems) {
            e.add(at + ": at most " + maxItems + " items, not " + list.size());
        }
        return (List<Object>) list;
    }

    private static void string(Map<String, Object> o, String at, String key, boolean required, int maxLength, Pattern pattern,
            List<String> e) {
        Object v = o.get(key);
        if (v == null) {
            if (required) {
                e.add(at + key + ": required");
            }
            return;
        }
        if (!(v instanceof String s)) {
            e.add(at + key + ": must be a string");
            return;
        }
        if (s.length() > maxLength) {
            e.add(at + key + ": at most " + maxLength + " characters, not " + s.length());
        }
        if (pattern != null && !pattern.matcher(s).matches()) {
            e.add(at + key + ": '" + s + "' does not match " + pattern.pattern());
        }
    }

    private static void bool(Map<String, Object> o, String at, String key, boolean required, List<String> e) {
        Object v = o.get(key);
        if (v == null ? required : !(v instanceof Boolean)) {
            e.add(at + key + (v == null ? ": required" : ": must be true or false"));
        }
    }

    private static void integer(Map<String, Object> o, String at, String key, boolean required, List<String> e) {
        Object v = o.get(key);
        if (v == null ? required : !(v instanceof Integer)) {
            e.add(at + key + (v == null ? ": required" : ": must be an integer"));
        }
    }
}
