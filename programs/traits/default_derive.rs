// Default: derived (each field's default, a field type's own impl when it has one), std's for numbers,
// String, Vec, Option and tuples, Default::default() typed by the context, and ..Default::default().
#[derive(Debug, Default)]
struct Stats {
    count: u32,
    mean: f64,
    name: String,
    tags: Vec<String>,
    best: Option<i32>,
    flag: bool,
    pair: (u8, char),
}

#[derive(Debug)]
struct Config {
    retries: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config { retries: 3 }
    }
}

#[derive(Debug, Default)]
struct App {
    config: Config,
    stats: Stats,
}

fn main() {
    let s = Stats::default();
    println!("{:?}", s);
    let t: Stats = Default::default();
    println!("{}", t.name.len());
    let a = App { stats: Stats { count: 2, ..Default::default() }, ..App::default() };
    println!("{:?}", a);
    let n: i32 = Default::default();
    let v: Vec<u8> = Default::default();
    println!("{} {:?} {:?}", n, v, String::default());
}
