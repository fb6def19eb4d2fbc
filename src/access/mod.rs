//! Who a client is and whether it may come in: its address (behind trusted
//! proxies), the origin of a browser's request, its key or token, and the
//! resume tokens that make a session id useless without its secret.
//!
//! Plain functions and types over the settings; the edge (`ws`, `api`) decides
//! what a refusal looks like. It depends on `config` only.

pub mod address;
pub mod client;
pub mod origin;
pub mod resume;
pub mod slots;

pub use address::{client_ip, limit_key};
pub use client::{AuthError, ClientAuth, Principal};
pub use origin::OriginRule;
pub use resume::ResumeToken;
pub use slots::{AddressSlot, AddressSlots};
