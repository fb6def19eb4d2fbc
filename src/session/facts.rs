//! Server-side facts about a session — how many connections it has had, the last
//! one's user agent — kept as typed fields and shown as its `metadata` map.
//!
//! A JSON map allocates a tree node of several hundred bytes on its first entry,
//! and every idle connection holds a session: typed fields keep that off the
//! per-connection cost. Keys this version does not know (written to the store by
//! another version) are kept as they are, boxed.

use serde_json::{Map, Value};

/// The `metadata` key counting connections.
const CONNECTIONS: &str = "connections";
/// The `metadata` key of the last connection's user agent.
const USER_AGENT: &str = "user_agent";

/// A session's metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    connections: Option<u64>,
    user_agent: Option<Box<str>>,
    other: Option<Box<Map<String, Value>>>,
}

impl Facts {
    /// The facts a stored `metadata` map holds.
    #[must_use]
    pub fn from_map(mut map: Map<String, Value>) -> Self {
        let connections = map.remove(CONNECTIONS).and_then(|v| v.as_u64());
        let user_agent = match map.remove(USER_AGENT) {
            Some(Value::String(agent)) => Some(agent.into_boxed_str()),
            _ => None,
        };
        let other = (!map.is_empty()).then(|| Box::new(map));
        Self {
            connections,
            user_agent,
            other,
        }
    }

    /// The `metadata` map shown to operators and written to the store.
    #[must_use]
    pub fn to_map(&self) -> Map<String, Value> {
        let mut map = self.other.as_deref().cloned().unwrap_or_default();
        if let Some(connections) = self.connections {
            map.insert(CONNECTIONS.into(), connections.into());
        }
        if let Some(agent) = &self.user_agent {
            map.insert(USER_AGENT.into(), Value::String(agent.to_string()));
        }
        map
    }

    /// A connection attached, with its user agent if it sent one.
    pub fn attached(&mut self, user_agent: Option<&str>) {
        self.connections = Some(self.connections.unwrap_or(0) + 1);
        if let Some(agent) = user_agent {
            self.user_agent = Some(agent.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_map_round_trips_with_unknown_keys_kept() {
        let map = json!({"connections": 3, "user_agent": "curl/8", "region": "eu"});
        let Value::Object(map) = map else { panic!() };
        let mut facts = Facts::from_map(map.clone());
        assert_eq!(facts.to_map(), map);
        facts.attached(None);
        assert_eq!(facts.to_map()["connections"], 4);
        assert_eq!(facts.to_map()["user_agent"], "curl/8");
        assert_eq!(facts.to_map()["region"], "eu");
    }

    #[test]
    fn a_new_session_has_no_metadata_until_a_connection_attaches() {
        let mut facts = Facts::default();
        assert!(facts.to_map().is_empty());
        facts.attached(Some("Mozilla/5.0"));
        assert_eq!(
            Value::Object(facts.to_map()),
            json!({"connections": 1, "user_agent": "Mozilla/5.0"})
        );
    }
}
