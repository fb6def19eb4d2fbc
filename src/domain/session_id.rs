//! Session ids: checked once where they enter, then carried as a [`SessionId`].

use std::borrow::Borrow;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Shortest client-chosen id.
const MIN_LEN: usize = 8;
/// Longest client-chosen id.
const MAX_LEN: usize = 64;

/// A session id: 8 to 64 characters among `A-Z a-z 0-9 _ -` (a server-made id is
/// a UUID, which fits). Cheap to clone: the text is shared.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionId(Arc<str>);

/// Why a text is not a session id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("session_id must be 8 to 64 characters among A-Z, a-z, 0-9, '_' and '-'")]
pub struct InvalidSessionId;

impl SessionId {
    /// Checks a client-chosen id.
    ///
    /// # Errors
    /// [`InvalidSessionId`] when `id` is too short, too long, or has another character.
    pub fn parse(id: &str) -> Result<Self, InvalidSessionId> {
        let valid = (MIN_LEN..=MAX_LEN).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if valid {
            Ok(Self(Arc::from(id)))
        } else {
            Err(InvalidSessionId)
        }
    }

    /// A new random id (a version-4 UUID).
    #[must_use]
    pub fn generate() -> Self {
        Self(Arc::from(uuid::Uuid::new_v4().to_string()))
    }

    /// The id as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for SessionId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for SessionId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl Serialize for SessionId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl schemars::JsonSchema for SessionId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SessionId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A session id: 8 to 64 characters among A-Z, a-z, 0-9, '_' and '-' (a server-made id is a UUID).",
            "type": "string",
            "pattern": format!("^[A-Za-z0-9_-]{{{MIN_LEN},{MAX_LEN}}}$"),
        })
    }
}

impl<'de> Deserialize<'de> for SessionId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_of_8_to_64_safe_characters_parse_and_others_do_not() {
        assert!(SessionId::parse("abcd-123_XY").is_ok());
        assert!(SessionId::parse(&"a".repeat(64)).is_ok());
        for bad in ["short", "", "has space!", "semi;colon1", "é-accented-id"] {
            assert_eq!(SessionId::parse(bad), Err(InvalidSessionId), "{bad:?}");
        }
        assert!(SessionId::parse(&"a".repeat(65)).is_err());
    }

    #[test]
    fn generated_ids_are_valid_and_distinct() {
        let (a, b) = (SessionId::generate(), SessionId::generate());
        assert_ne!(a, b);
        assert_eq!(SessionId::parse(a.as_str()), Ok(a));
    }

    #[test]
    fn it_serializes_as_its_text_and_refuses_a_bad_one() {
        let id = SessionId::parse("session-0001").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"session-0001\"");
        assert!(serde_json::from_str::<SessionId>("\"bad id\"").is_err());
    }
}
