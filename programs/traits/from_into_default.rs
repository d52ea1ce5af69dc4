// From by hand (T::from and x.into() at a typed let, an argument and a return), String's From<&str>
// through into(), and Default written by hand.
#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug)]
struct Name {
    text: String,
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name { text: s.to_uppercase() }
    }
}

#[derive(Debug)]
struct Config {
    retries: u32,
    verbose: bool,
    label: String,
}

impl Default for Config {
    fn default() -> Self {
        Config { retries: 3, verbose: false, label: String::from("none") }
    }
}

fn greet(n: Name) -> String {
    format!("hi {}", n.text)
}

fn boiling() -> Fahrenheit {
    Celsius(100.0).into()
}

fn main() {
    let f = Fahrenheit::from(Celsius(20.0));
    println!("{:?}", f);
    let g: Fahrenheit = Celsius(-40.0).into();
    println!("{:?} {:?}", g, boiling());
    let n: Name = "ferris".into();
    println!("{:?}", n);
    println!("{}", greet("crab".into()));
    let s: String = "owned".into();
    println!("{} {}", s, s.len());
    let c = Config::default();
    println!("{:?}", c);
    let d = Config { verbose: true, ..Config::default() };
    println!("{} {} {}", d.retries, d.verbose, d.label);
}
