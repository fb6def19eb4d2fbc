//! Typed, validated reads of configuration keys, collecting every problem at once.

use std::fmt::Display;
use std::ops::RangeInclusive;
use std::str::FromStr;
use std::time::Duration;

use config::{Config, Value, ValueKind};
use secrecy::SecretString;

/// One bad configuration value, named by its environment-variable key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigIssue {
    /// The key, as an environment variable name (`MAX_SESSIONS`).
    pub key: String,
    /// What is wrong with its value.
    pub message: String,
}

impl Display for ConfigIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

/// One effective setting as `callshadow config` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The key, as an environment variable name.
    pub key: &'static str,
    /// The value, `[redacted]` for a secret that is set.
    pub value: String,
}

/// Reads keys from a layered [`Config`], recording what it read and what was wrong.
pub(crate) struct Reader<'a> {
    config: &'a Config,
    pub(crate) issues: Vec<ConfigIssue>,
    pub(crate) entries: Vec<Entry>,
}

/// The unit a duration setting is written in.
#[derive(Debug, Clone, Copy)]
pub(crate) enum TimeUnit {
    /// Seconds.
    Seconds,
    /// Minutes.
    Minutes,
}

impl TimeUnit {
    fn seconds(self) -> f64 {
        match self {
            Self::Seconds => 1.0,
            Self::Minutes => 60.0,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Seconds => "seconds",
            Self::Minutes => "minutes",
        }
    }
}

impl<'a> Reader<'a> {
    /// A reader over `config`.
    pub(crate) fn new(config: &'a Config) -> Self {
        Self {
            config,
            issues: Vec::new(),
            entries: Vec::new(),
        }
    }

    /// Records a problem with `key`.
    pub(crate) fn fail(&mut self, key: &str, message: impl Into<String>) {
        self.issues.push(ConfigIssue {
            key: key.to_owned(),
            message: message.into(),
        });
    }

    fn raw(&mut self, key: &'static str) -> Option<Value> {
        match self.config.get::<Value>(&key.to_ascii_lowercase()) {
            Ok(value) if !matches!(value.kind, ValueKind::Nil) => Some(value),
            _ => {
                self.fail(
                    key,
                    "is missing (set it in config/default.toml or the environment)",
                );
                None
            }
        }
    }

    pub(crate) fn record(&mut self, key: &'static str, value: impl Display) {
        self.entries.push(Entry {
            key,
            value: value.to_string(),
        });
    }

    /// A string, trimmed.
    pub(crate) fn string(&mut self, key: &'static str) -> String {
        let value = self.raw(key).map(|v| scalar_text(&v)).unwrap_or_default();
        let value = value.trim().to_owned();
        self.record(key, format!("{value:?}"));
        value
    }

    /// A non-empty string.
    pub(crate) fn non_empty(&mut self, key: &'static str) -> String {
        let value = self.string(key);
        if value.is_empty() {
            self.fail(key, "must not be empty");
        }
        value
    }

    /// An integer within `range`.
    pub(crate) fn int<T>(&mut self, key: &'static str, range: RangeInclusive<i64>) -> T
    where
        T: TryFrom<i64> + Default,
    {
        let text = self.raw(key).map(|v| scalar_text(&v)).unwrap_or_default();
        self.record(key, &text);
        match text.trim().parse::<i64>() {
            Ok(n) if range.contains(&n) => T::try_from(n).unwrap_or_default(),
            Ok(n) => {
                let (lo, hi) = (range.start(), range.end());
                self.fail(key, format!("must be between {lo} and {hi}, got {n}"));
                T::default()
            }
            Err(_) => {
                self.fail(key, format!("must be an integer, got {text:?}"));
                T::default()
            }
        }
    }

    /// A number strictly greater than zero (fractions allowed).
    pub(crate) fn positive_float(&mut self, key: &'static str) -> f64 {
        let text = self.raw(key).map(|v| scalar_text(&v)).unwrap_or_default();
        self.record(key, &text);
        match text.trim().parse::<f64>() {
            Ok(n) if n.is_finite() && n > 0.0 => n,
            _ => {
                self.fail(
                    key,
                    format!("must be a number greater than 0, got {text:?}"),
                );
                1.0
            }
        }
    }

    /// A duration given as a number greater than zero of `unit` (fractions
    /// allowed), at most `max` of them: never a panic on a huge value, and
    /// never a duration too long to add to the clock.
    pub(crate) fn duration(&mut self, key: &'static str, unit: TimeUnit, max: f64) -> Duration {
        let value = self.positive_float(key);
        let converted = Duration::try_from_secs_f64(value * unit.seconds());
        match converted {
            Ok(duration) if value <= max => duration,
            _ => {
                let unit = unit.name();
                self.fail(key, format!("must be at most {max} {unit}, got {value}"));
                Duration::from_secs(1)
            }
        }
    }

    /// A value parsed with [`FromStr`], whose error explains what is accepted.
    pub(crate) fn parsed<T>(&mut self, key: &'static str) -> Option<T>
    where
        T: FromStr,
        T::Err: Display,
    {
        let text = self.string(key);
        match text.parse::<T>() {
            Ok(value) => Some(value),
            Err(e) => {
                self.fail(key, format!("{e}, got {text:?}"));
                None
            }
        }
    }

    /// A boolean: true/false, yes/no, on/off, 1/0 (any case).
    pub(crate) fn boolean(&mut self, key: &'static str) -> bool {
        let text = self.raw(key).map(|v| scalar_text(&v)).unwrap_or_default();
        self.record(key, &text);
        match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "1" => true,
            "false" | "no" | "off" | "0" => false,
            _ => {
                self.fail(key, format!("must be true or false, got {text:?}"));
                false
            }
        }
    }

    /// A number within `range`.
    pub(crate) fn float(&mut self, key: &'static str, range: RangeInclusive<f64>) -> f64 {
        let text = self.raw(key).map(|v| scalar_text(&v)).unwrap_or_default();
        self.record(key, &text);
        match text.trim().parse::<f64>() {
            Ok(n) if range.contains(&n) => n,
            _ => {
                let (lo, hi) = (range.start(), range.end());
                self.fail(
                    key,
                    format!("must be a number between {lo} and {hi}, got {text:?}"),
                );
                *range.start()
            }
        }
    }

    /// An http(s) URL, without a trailing slash. Recorded without the user
    /// and password it may carry.
    pub(crate) fn url(&mut self, key: &'static str) -> String {
        let text = self.raw(key).map(|v| scalar_text(&v)).unwrap_or_default();
        let text = text.trim().to_owned();
        match reqwest::Url::parse(&text) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => {
                self.record(key, format!("{:?}", redact_url(url).as_str()));
                text.trim_end_matches('/').to_owned()
            }
            _ => {
                self.record(key, "[invalid]");
                self.fail(
                    key,
                    "must be an http:// or https:// URL (the value is not shown: it may hold a password)",
                );
                text
            }
        }
    }

    /// An optional integer within `range`: missing or empty means unset (`None`,
    /// and nothing recorded: the caller records the value it derives).
    pub(crate) fn optional_int<T>(
        &mut self,
        key: &'static str,
        range: RangeInclusive<i64>,
    ) -> Option<T>
    where
        T: TryFrom<i64> + Default,
    {
        let value = self.config.get::<Value>(&key.to_ascii_lowercase()).ok()?;
        if matches!(value.kind, ValueKind::Nil) || scalar_text(&value).trim().is_empty() {
            return None;
        }
        Some(self.int(key, range))
    }

    /// An optional string: empty means unset.
    pub(crate) fn optional(&mut self, key: &'static str) -> Option<String> {
        Some(self.string(key)).filter(|s| !s.is_empty())
    }

    /// An optional `redis://` or `rediss://` URL: empty means unset. Recorded
    /// without its credentials, kept as a secret (it may carry a password).
    pub(crate) fn redis_url(&mut self, key: &'static str) -> Option<SecretString> {
        let text = self.raw(key).map(|v| scalar_text(&v)).unwrap_or_default();
        let text = text.trim();
        if text.is_empty() {
            self.record(key, "\"\"");
            return None;
        }
        match reqwest::Url::parse(text) {
            Ok(url) if matches!(url.scheme(), "redis" | "rediss") && url.has_host() => {
                self.record(key, format!("{:?}", redact_url(url).as_str()));
                Some(SecretString::from(text.to_owned()))
            }
            _ => {
                self.record(key, "[invalid]");
                self.fail(key, "must be a redis:// or rediss:// URL with a host");
                None
            }
        }
    }

    /// An optional secret: empty means unset. Never recorded in clear.
    pub(crate) fn secret(&mut self, key: &'static str) -> Option<SecretString> {
        let text = self.raw(key).map(|v| scalar_text(&v)).unwrap_or_default();
        let text = text.trim();
        if text.is_empty() {
            self.record(key, "\"\"");
            None
        } else {
            self.record(key, "[redacted]");
            Some(SecretString::from(text.to_owned()))
        }
    }

    /// A list of strings: a TOML array, a JSON array (`["a","b"]`) or `a,b`.
    pub(crate) fn list(&mut self, key: &'static str) -> Vec<String> {
        let Some(value) = self.raw(key) else {
            return Vec::new();
        };
        let items = match value.kind {
            ValueKind::Array(items) => Ok(items.iter().map(scalar_text).collect()),
            _ => parse_list_text(&scalar_text(&value)),
        };
        match items {
            Ok(items) => {
                let items: Vec<String> = items
                    .into_iter()
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect();
                self.record(key, format!("{items:?}"));
                items
            }
            Err(message) => {
                self.fail(key, message);
                Vec::new()
            }
        }
    }
}

/// A scalar value as text, whatever its kind.
/// `url` with its user and password replaced by `[redacted]`, if it has any.
#[must_use]
pub fn redact_url(mut url: reqwest::Url) -> reqwest::Url {
    if !url.username().is_empty() || url.password().is_some() {
        let _ = url.set_username("");
        let _ = url.set_password(Some("[redacted]"));
    }
    url
}

fn scalar_text(value: &Value) -> String {
    match &value.kind {
        ValueKind::String(s) => s.clone(),
        ValueKind::Nil => String::new(),
        _ => value.to_string(),
    }
}

/// Parses `["a","b"]` (JSON) or `a, b` (comma-separated).
fn parse_list_text(text: &str) -> Result<Vec<String>, String> {
    let text = text.trim();
    if text.starts_with('[') {
        return serde_json::from_str::<Vec<String>>(text)
            .map_err(|e| format!("must be a JSON array of strings: {e}"));
    }
    Ok(text.split(',').map(str::to_owned).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_from_json_and_commas() {
        assert_eq!(parse_list_text(r#"["*"]"#).unwrap(), vec!["*"]);
        assert_eq!(
            parse_list_text("http://a, http://b").unwrap(),
            vec!["http://a", " http://b"]
        );
        assert!(parse_list_text("[1, 2").is_err());
    }
}
