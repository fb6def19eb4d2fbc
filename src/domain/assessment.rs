//! What a closing detector says about a conversation's last message.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A detector's estimate for the conversation's last message (a `closing` frame's `data`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClosingAssessment {
    /// Whether now is the moment to ask for the commitment.
    pub is_closing_opportunity: bool,
    /// How sure the detector is that it is, from 0 to 1.
    #[schemars(range(min = 0.0, max = 1.0))]
    pub confidence: f64,
    /// The buying signals seen, such as `contract_request` or `start_date`.
    pub signals: Vec<String>,
    /// What the agent should do now.
    pub recommended_action: String,
}
