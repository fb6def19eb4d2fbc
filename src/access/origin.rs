//! Which browser origins may open a WebSocket (CORS_ORIGINS): a cross-site
//! page must not be able to speak to the server in its visitor's name.

/// An allowlist of origins, or every origin.
#[derive(Debug, Clone)]
pub struct OriginRule {
    any: bool,
    allowed: Vec<String>,
}

impl OriginRule {
    /// The rule CORS_ORIGINS describes: `*` allows every origin.
    #[must_use]
    pub fn new(origins: &[String]) -> Self {
        Self {
            any: origins.iter().any(|o| o == "*"),
            allowed: origins
                .iter()
                .map(|o| o.trim_end_matches('/').to_ascii_lowercase())
                .collect(),
        }
    }

    /// Whether a request with this `Origin` header may come in. No header (a
    /// program, not a browser) is allowed; `null` (a sandboxed or local page) is
    /// foreign unless listed.
    #[must_use]
    pub fn allows(&self, origin: Option<&str>) -> bool {
        let Some(origin) = origin else {
            return true;
        };
        self.any
            || self
                .allowed
                .iter()
                .any(|a| a == &origin.trim_end_matches('/').to_ascii_lowercase())
    }
}

/// Whether `origin` names the same host as the request's `Host` (a page the
/// server itself served).
#[must_use]
pub fn same_origin(origin: &str, host: Option<&str>) -> bool {
    let Some(host) = host else {
        return false;
    };
    let rest = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
        .unwrap_or("");
    rest.trim_end_matches('/').eq_ignore_ascii_case(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule_of(origins: &[&str]) -> OriginRule {
        OriginRule::new(&origins.iter().map(|o| (*o).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn only_listed_origins_pass_and_null_is_foreign() {
        let rule = rule_of(&["https://console.example"]);
        assert!(rule.allows(Some("https://console.example")));
        assert!(rule.allows(Some("https://Console.Example/")));
        assert!(rule.allows(None), "no Origin: not a browser");
        assert!(!rule.allows(Some("https://evil.example")));
        assert!(!rule.allows(Some("null")));
        assert!(rule_of(&["null"]).allows(Some("null")));
        assert!(rule_of(&["*"]).allows(Some("https://anything.example")));
    }

    #[test]
    fn same_origin_compares_the_host_and_port() {
        assert!(same_origin("http://127.0.0.1:8000", Some("127.0.0.1:8000")));
        assert!(!same_origin(
            "http://127.0.0.1:8001",
            Some("127.0.0.1:8000")
        ));
        assert!(!same_origin("https://evil.example", Some("127.0.0.1:8000")));
    }
}
