// An unzip whose collections nothing fixes: std's FromA/FromB are any Default + Extend types, so
// rustc cannot choose (E0283); rustle made them Vecs.
fn main() {
    let it = vec![(1, 'a'), (2, 'b')].into_iter();
    let (a, b) = it.unzip(); //~ ERROR E0283
    println!("{:?} {:?}", a, b);
}
