// dbg! writes `[file:line:col] expr = value` (pretty Debug) to stderr and hands the value back: moved
// for a String, copied for an integer, a reference when given one; dbg!() writes only the location.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let scale = 2;
    let rect = Rectangle {
        width: dbg!(30 * scale),
        height: 50,
    };
    dbg!(&rect);
    let name = dbg!(String::from("area"));
    println!("{} = {}", name, rect.width * rect.height);
    dbg!();
    let pair = dbg!((1, "x"));
    let sum = dbg!(pair.0 + 1) + dbg!(10);
    let half = dbg!(2.5f64 * 2.0);
    println!("{} {} {:?}", sum, half, pair);
    let v = vec![Some(1), None];
    dbg!(v.len());
    dbg!(v);
}
