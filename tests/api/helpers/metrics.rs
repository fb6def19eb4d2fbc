//! Reading a metrics endpoint as Prometheus would: a scrape parsed by a Prometheus
//! text-format parser (`prometheus-parse`), every line of it accounted for, and
//! the ports a process listens on (from `/proc`), to tell what it serves.

use std::collections::BTreeSet;

use prometheus_parse::{HistogramCount, LineInfo, Sample, Scrape, Value};

/// One scrape of `/metrics`, raw and parsed.
pub struct Metrics {
    /// The exposition as served.
    pub text: String,
    /// The exposition as a Prometheus parser reads it.
    pub scrape: Scrape,
}

/// Scrapes `http://address/metrics`: it must answer 200 in the Prometheus text
/// format, and the parser must recognise every line (it skips what it cannot read,
/// so a line it ignores is a malformed one).
pub async fn scrape(address: &str) -> Metrics {
    let response = reqwest::get(format!("http://{address}/metrics"))
        .await
        .expect("the metrics endpoint answers");
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"].to_str().unwrap();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    let text = response.text().await.unwrap();
    for line in text.lines() {
        assert_ne!(
            LineInfo::parse(line),
            LineInfo::Ignored,
            "unreadable: {line}"
        );
    }
    let scrape = Scrape::parse(text.lines().map(|line| Ok(line.to_owned()))).unwrap();
    Metrics { text, scrape }
}

impl Metrics {
    /// The samples of series `name`.
    pub fn samples<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Sample> + 'a {
        self.scrape.samples.iter().filter(move |s| s.metric == name)
    }

    /// The value of the counter, gauge or plain sample `name` with exactly
    /// `labels`; `None` when there is no such series.
    pub fn value(&self, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
        let sample = self.samples(name).find(|s| has_labels(s, labels))?;
        match sample.value {
            Value::Counter(v) | Value::Gauge(v) | Value::Untyped(v) => Some(v),
            _ => None,
        }
    }

    /// The value of `name{labels}`, which must be there.
    pub fn get(&self, name: &str, labels: &[(&str, &str)]) -> f64 {
        self.value(name, labels)
            .unwrap_or_else(|| panic!("no {name}{labels:?} in\n{}", self.text))
    }

    /// The `name_bucket` series of histogram `name{labels}` (bound, cumulative
    /// count), by bound.
    pub fn buckets(&self, name: &str, labels: &[(&str, &str)]) -> Vec<HistogramCount> {
        let sample = self
            .samples(name)
            .find(|s| has_labels(s, labels) && matches!(s.value, Value::Histogram(_)))
            .unwrap_or_else(|| panic!("no histogram {name}{labels:?} in\n{}", self.text));
        let Value::Histogram(buckets) = &sample.value else {
            unreachable!("matched above")
        };
        let mut buckets = buckets.clone();
        buckets.sort_by(|a, b| a.less_than.total_cmp(&b.less_than));
        buckets
    }

    /// Every label name and value of every sample.
    pub fn labels(&self) -> Vec<(String, String)> {
        let mut all = Vec::new();
        for sample in &self.scrape.samples {
            all.extend(sample.labels.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        all
    }
}

fn has_labels(sample: &Sample, labels: &[(&str, &str)]) -> bool {
    sample.labels.len() == labels.len()
        && labels
            .iter()
            .all(|(key, value)| sample.labels.get(key) == Some(*value))
}

/// The TCP ports process `pid` listens on: its sockets (`/proc/PID/fd`) that
/// `/proc/PID/net/tcp{,6}` shows in the LISTEN state.
pub fn listening_ports(pid: u32) -> BTreeSet<u16> {
    let inodes: BTreeSet<String> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .expect("the process's descriptors are readable")
        .filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
        .filter_map(|target| {
            let target = target.to_string_lossy().into_owned();
            Some(
                target
                    .strip_prefix("socket:[")?
                    .strip_suffix(']')?
                    .to_owned(),
            )
        })
        .collect();
    let mut ports = BTreeSet::new();
    for table in ["tcp", "tcp6"] {
        let text = std::fs::read_to_string(format!("/proc/{pid}/net/{table}")).unwrap_or_default();
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (Some(local), Some(state), Some(inode)) =
                (fields.get(1), fields.get(3), fields.get(9))
            else {
                continue;
            };
            if *state == "0A" && inodes.contains(*inode) {
                let port = local.rsplit(':').next().unwrap();
                ports.insert(u16::from_str_radix(port, 16).unwrap());
            }
        }
    }
    ports
}
