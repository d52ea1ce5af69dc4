// Range patterns over floats: inclusive and exclusive ends, negative ends and a named constant.
const LIMIT: f64 = 100.0;

fn band(t: f64) -> &'static str {
    match t {
        -40.0..0.0 => "freezing",
        0.0..=15.5 => "cold",
        15.5..25.0 => "mild",
        25.0..=LIMIT => "hot",
        _ => "off the scale",
    }
}

fn main() {
    for t in [-12.5, 0.0, 15.5, 15.6, 24.999, 25.0, 100.0, 100.5, -40.0, -40.1] {
        println!("{t} -> {}", band(t));
    }
    let small: f32 = 0.25;
    match small {
        0.0..0.5 => println!("f32 in lower half"),
        _ => println!("f32 elsewhere"),
    }
}
