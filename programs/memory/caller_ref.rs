// A reference passed down two calls still points into main's frame.
fn inner(r: &i64, depth: u32) -> i64 {
    let doubled = *r * 2; // @dump deepest
    doubled + depth as i64
}

fn outer(r: &i64) -> i64 {
    let before = *r;
    inner(r, 2) + before
}

fn main() {
    let x: i64 = 21;
    let y = outer(&x);
    println!("{}", y);
}
