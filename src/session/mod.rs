//! Sessions: one per conversation, with its memory, kept across reconnects.
//!
//! The manager holds every session of this instance, attaches and detaches
//! connections, and expires idle ones; a session holds its memory, `seq` counter
//! and prompt version. It depends on `domain` and `config` only: the prompt
//! version of a new session comes from an [`AssignVersion`] given at start-up.

pub mod manager;
pub mod memory;
pub mod state;

pub use manager::{
    AssignVersion, OpenError, OpenRequest, Opened, SessionHandle, SessionManager, lock,
};
pub use state::{Detach, SessionInfo};
