// Wrong on purpose: the expected output says 2 + 2 is 5.

fn main() {
    println!("2 + 2 = {}", 2 + 2);
    println!("done");
}
