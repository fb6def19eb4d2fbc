//! Negation scope: whether a cue found in an utterance is negated.
//!
//! A cue is negated when a negator appears inside its match (so "price isn't a
//! problem" does not match a "price … problem" cue) or among the `window` tokens
//! just before it, without crossing clause punctuation or a contrast word ("but",
//! "mais"). Negators are whole words (`not`, `pas`, `jamais`, `aucun`…), elided
//! prefixes (`n'est`, `n'a`) and contraction suffixes (`isn't`, `don't`). Cues that
//! carry their own negation ("not sure", "pas sûr") are declared as fixed cues in
//! the playbook and never go through this check.

use std::collections::HashSet;

use super::normalize::{FoldedText, TokenKind, fold};

/// The negation lexicon and scope, compiled from the playbook's `[negation]` table.
#[derive(Debug, Clone)]
pub struct NegationRules {
    words: HashSet<String>,
    prefixes: Vec<String>,
    suffixes: Vec<String>,
    scope_breakers: HashSet<String>,
    window: usize,
}

impl NegationRules {
    /// Builds the rules; every word is folded (lowercase, no accents).
    #[must_use]
    pub fn new(
        words: &[String],
        prefixes: &[String],
        suffixes: &[String],
        scope_breakers: &[String],
        window: usize,
    ) -> Self {
        Self {
            words: words.iter().map(|w| fold(w)).collect(),
            prefixes: prefixes.iter().map(|w| fold(w)).collect(),
            suffixes: suffixes.iter().map(|w| fold(w)).collect(),
            scope_breakers: scope_breakers.iter().map(|w| fold(w)).collect(),
            window,
        }
    }

    /// Whether a folded token negates what follows it.
    #[must_use]
    pub fn is_negator(&self, token: &str) -> bool {
        self.words.contains(token)
            || self
                .prefixes
                .iter()
                .any(|p| token.len() > p.len() && token.starts_with(p.as_str()))
            || self
                .suffixes
                .iter()
                .any(|s| token.len() > s.len() && token.ends_with(s.as_str()))
    }

    /// How many tokens after a negator it reaches.
    #[must_use]
    pub fn window(&self) -> usize {
        self.window
    }

    /// Whether a folded token ends a negation's scope ("but", "mais").
    #[must_use]
    pub fn breaks_scope(&self, token: &str) -> bool {
        self.scope_breakers.contains(token)
    }

    /// Whether the cue matched at bytes `start..end` of `text` is negated.
    #[must_use]
    pub fn negates(&self, text: &FoldedText, start: usize, end: usize) -> bool {
        let first = text.token_at(start);
        self.negated_inside(text, first, end) || self.negated_before(text, first)
    }

    /// A negator among the tokens the match covers, or in the token it starts inside.
    fn negated_inside(&self, text: &FoldedText, first: usize, end: usize) -> bool {
        text.tokens
            .iter()
            .enumerate()
            .skip(first)
            .take_while(|(_, token)| token.start < end)
            .any(|(index, _)| self.is_negator(text.token_text(index)))
    }

    /// A negator in the window of tokens before the match, within the same clause.
    fn negated_before(&self, text: &FoldedText, first: usize) -> bool {
        let start = first.saturating_sub(self.window);
        for index in (start..first).rev() {
            let token = text.token_text(index);
            if text.tokens[index].kind == TokenKind::Boundary || self.scope_breakers.contains(token)
            {
                return false;
            }
            if self.is_negator(token) {
                return true;
            }
        }
        false
    }
}
