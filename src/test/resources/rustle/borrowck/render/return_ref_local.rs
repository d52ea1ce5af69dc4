fn label_for(id: &u32) -> &String {
    let s = format!("id-{}", id);
    &s
}
fn main() {
    println!("{}", label_for(&3));
}
