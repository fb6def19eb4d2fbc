//! Memory and prompt-size settings (SPEC 8): the running summary of the messages
//! that leave the window, how they are folded into it, and the token budget of
//! every rendered prompt.

use std::str::FromStr;

use super::reader::Reader;

/// Summaries and the prompt budget.
#[derive(Debug, Clone)]
pub struct MemorySettings {
    /// Fold the messages that leave the window into a running summary instead of
    /// dropping them (`MEMORY_SUMMARY_ENABLED`).
    pub summary_enabled: bool,
    /// Messages folded (or dropped) at once when the window is full
    /// (`MEMORY_SUMMARY_CHUNK`); at most MAX_MEMORY_MESSAGES.
    pub summary_chunk: usize,
    /// Summarizer prompt version (`SUMMARIZER_PROMPT_VERSION`).
    pub summarizer_prompt_version: String,
    /// Most tokens in any rendered prompt (`PROMPT_TOKEN_BUDGET`).
    pub prompt_token_budget: usize,
    /// The tokenizer family prompts are counted with (`PROMPT_TOKENIZER`).
    pub tokenizer: TokenizerChoice,
}

/// The tokenizer family the upstream uses (tiktoken's encodings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenizerChoice {
    /// From the model's name: `o200k` for gpt-4o, gpt-4.1, gpt-5, o1/o3/o4 and
    /// gpt-oss; `cl100k` for anything else (it counts more tokens than `o200k`
    /// for the same text, so it is the safe side for unknown models).
    Auto,
    /// `o200k_base`.
    O200k,
    /// `cl100k_base`.
    Cl100k,
}

impl FromStr for TokenizerChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Self::Auto),
            "o200k" | "o200k_base" => Ok(Self::O200k),
            "cl100k" | "cl100k_base" => Ok(Self::Cl100k),
            _ => Err("must be one of auto, o200k, cl100k".to_owned()),
        }
    }
}

impl TokenizerChoice {
    /// The family for `model` (`Auto` resolved); never `Auto`.
    #[must_use]
    pub fn resolve(self, model: &str) -> Self {
        if self != Self::Auto {
            return self;
        }
        let model = model.to_ascii_lowercase();
        let model = model.rsplit('/').next().unwrap_or(&model);
        const O200K: [&str; 8] = [
            "gpt-4o",
            "chatgpt-4o",
            "gpt-4.1",
            "gpt-4.5",
            "gpt-5",
            "gpt-oss",
            "o1",
            "o3",
        ];
        if O200K.iter().any(|p| model.starts_with(p)) || model.starts_with("o4") {
            Self::O200k
        } else {
            Self::Cl100k
        }
    }
}

/// How a session's memory window gives way: in chunks, into the summary or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Folding {
    /// Messages that leave the window go into the summary (else they are dropped).
    pub summaries: bool,
    /// Messages that leave the window at once.
    pub chunk: usize,
    /// Characters of quoted text the window may hold before it gives way, even
    /// short of MAX_MEMORY_MESSAGES (about half the prompt budget).
    pub max_chars: usize,
}

impl Default for Folding {
    fn default() -> Self {
        Self {
            summaries: false,
            chunk: 20,
            max_chars: 8_000,
        }
    }
}

/// Characters of quoted messages per token of budget the window may hold: with
/// 3.3 to 4.5 characters per token for a conversation's lines, about half the
/// budget, leaving the rest to the instructions, the summary and the last message.
const WINDOW_CHARS_PER_BUDGET_TOKEN: usize = 2;

impl MemorySettings {
    /// How a window of `max_messages` (MAX_MEMORY_MESSAGES) gives way.
    #[must_use]
    pub fn folding(&self, max_messages: usize) -> Folding {
        Folding {
            summaries: self.summary_enabled,
            chunk: self.summary_chunk.clamp(1, max_messages.max(1)),
            max_chars: self
                .prompt_token_budget
                .saturating_mul(WINDOW_CHARS_PER_BUDGET_TOKEN),
        }
    }
}

/// Reads the memory settings.
pub(super) fn read_memory(r: &mut Reader<'_>) -> MemorySettings {
    MemorySettings {
        summary_enabled: r.boolean("MEMORY_SUMMARY_ENABLED"),
        summary_chunk: r.int("MEMORY_SUMMARY_CHUNK", 1..=10_000),
        summarizer_prompt_version: r.non_empty("SUMMARIZER_PROMPT_VERSION"),
        prompt_token_budget: r.int("PROMPT_TOKEN_BUDGET", 256..=1_000_000),
        tokenizer: r
            .parsed("PROMPT_TOKENIZER")
            .unwrap_or(TokenizerChoice::Auto),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tokenizer_follows_the_model_name() {
        let auto = TokenizerChoice::Auto;
        assert_eq!(auto.resolve("gpt-4o-mini"), TokenizerChoice::O200k);
        assert_eq!(auto.resolve("openai/gpt-4.1-nano"), TokenizerChoice::O200k);
        assert_eq!(auto.resolve("o3-mini"), TokenizerChoice::O200k);
        assert_eq!(auto.resolve("gpt-3.5-turbo"), TokenizerChoice::Cl100k);
        assert_eq!(auto.resolve("llama3.1"), TokenizerChoice::Cl100k);
        assert_eq!(
            TokenizerChoice::Cl100k.resolve("gpt-4o"),
            TokenizerChoice::Cl100k
        );
    }

    #[test]
    fn the_chunk_never_exceeds_the_window() {
        let memory = MemorySettings {
            summary_enabled: true,
            summary_chunk: 20,
            summarizer_prompt_version: "v1".to_owned(),
            prompt_token_budget: 4000,
            tokenizer: TokenizerChoice::Auto,
        };
        assert_eq!(memory.folding(50).chunk, 20);
        assert_eq!(memory.folding(8).chunk, 8);
        assert_eq!(memory.folding(50).max_chars, 8000);
    }
}
