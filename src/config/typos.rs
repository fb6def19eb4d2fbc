//! Environment variables that look like a setting but are not one: a close but
//! wrong name (`OPENAI_APIKEY`, `MAX_RETRY_LLM`) is silently ignored by the
//! layering, so it is named in a warning at start-up (never its value).

use std::collections::{BTreeSet, HashMap};

/// Names the server reads besides the settings.
const OTHER_NAMES: [&str; 2] = ["APP_ENV", "CONFIG_DIR"];

/// One warning per environment variable whose name is close to a known key's.
#[must_use]
pub fn close_names(env: &HashMap<String, String>, known: &BTreeSet<String>) -> Vec<String> {
    let mut warnings: Vec<String> = env
        .keys()
        .filter(|name| !known.contains(*name) && !OTHER_NAMES.contains(&name.as_str()))
        .filter_map(|name| {
            let key = known.iter().find(|key| is_close(name, key))?;
            Some(format!(
                "{name} is not a setting; did you mean {key}? It is ignored"
            ))
        })
        .collect();
    warnings.sort();
    warnings
}

/// Whether `name` looks like a misspelling of `key`: the same letters apart
/// from `_` and case, or at most one edit per five characters of the key away
/// (none for keys shorter than five: `HOST` is not `HOSTNAME`).
fn is_close(name: &str, key: &str) -> bool {
    let squash = |s: &str| s.replace('_', "").to_ascii_uppercase();
    if squash(name) == squash(key) {
        return true;
    }
    let edits = strsim::levenshtein(&name.to_ascii_uppercase(), key);
    edits <= key.len() / 5
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> BTreeSet<String> {
        [
            "OPENAI_API_KEY",
            "MAX_RETRIES_LLM",
            "PORT",
            "HOST",
            "LOG_LEVEL",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect()
    }

    fn warnings(names: &[&str]) -> Vec<String> {
        let env = names
            .iter()
            .map(|n| ((*n).to_owned(), "secret-value".to_owned()))
            .collect();
        close_names(&env, &known())
    }

    #[test]
    fn close_names_are_named_with_the_key_they_resemble_never_their_value() {
        let found = warnings(&["OPENAI_APIKEY", "MAX_RETRY_LLM", "LOG_LEVL"]);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("LOG_LEVL") && found[0].contains("LOG_LEVEL"));
        assert!(
            found
                .iter()
                .any(|w| w.contains("did you mean OPENAI_API_KEY"))
        );
        assert!(found.iter().all(|w| !w.contains("secret-value")));
    }

    #[test]
    fn known_keys_and_unrelated_variables_say_nothing() {
        let found = warnings(&[
            "OPENAI_API_KEY",
            "PATH",
            "HOME",
            "HOSTNAME",
            "PWD",
            "TERM",
            "APP_ENV",
            "CONFIG_DIR",
            "LANG",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
