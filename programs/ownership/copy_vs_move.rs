//@ run-pass
// Types whose value is just their bytes (integers, bool, char, tuples and arrays of them) are `Copy`:
// assigning one duplicates the bytes and both variables stay usable. A String also owns a heap buffer,
// so assigning it moves ownership instead: only the new owner may use it (and frees it, once).
fn main() {
    let a = 7;
    let b = a; // copies the 4 bytes of the i32
    println!("a = {}, b = {}", a, b);

    let point = (1, 2);
    let mut other = point; // a tuple of Copy values is Copy too
    other.0 = 10;
    println!("point = {:?}, other = {:?}", point, other);

    let s = String::from("owned");
    let t = s; // moves: `s` may not be used any more (see e0382_use_after_move.rs)
    println!("t = {}", t);
}
