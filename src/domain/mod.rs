//! The types every layer shares, depending on nothing else in the crate: what a
//! conversation is made of (messages, speakers, sentiments), what the agents make
//! of it (suggestions, closing assessments, signals), what a session remembers of
//! the messages that left its window (summaries), session ids, and the protocol's
//! error codes.
//!
//! Everything here is plain data with its own validation; nothing here does I/O,
//! knows the configuration, or calls an agent.

mod assessment;
mod conversation;
mod error_code;
mod hash;
mod message;
mod session_id;
mod signal;
mod suggestion;
mod summary;

pub use assessment::ClosingAssessment;
pub use conversation::{Conversation, ConversationStats};
pub use error_code::ErrorCode;
pub use hash::stable_hash;
pub use message::{
    InputMessage, MAX_EMOTION_CHARS, MAX_MESSAGE_ID_CHARS, MAX_TIMESTAMP_CHARS, MessageId,
    Rendered, Sentiment, Speaker, Utterance,
};
pub use session_id::{InvalidSessionId, SessionId};
pub use signal::{Signal, SignalSet};
pub use suggestion::{Suggestion, SuggestionSource};
pub use summary::{
    Digest, Earlier, FoldRequest, Folded, Note, SignalCount, Summary, SummarySource, Tally,
};
