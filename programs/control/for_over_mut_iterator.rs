// `for x in &mut it` steps the iterator in place: what the loop leaves (after a break) is still
// there for a later use (rustle crashed with an internal error). Items that own heap memory too.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter();
    for x in &mut it {
        if *x == 2 {
            break;
        }
    }
    let rest: Vec<&i32> = it.collect();
    println!("{:?}", rest);

    let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let mut owned = words.into_iter();
    for w in &mut owned {
        println!("took {}", w);
        if w.len() == 2 {
            break;
        }
    }
    println!("left {:?}", owned.collect::<Vec<String>>());

    let text = String::from("x=1");
    let mut cs = text.chars();
    let r = &mut cs;
    for c in r {
        if c == '=' {
            break;
        }
    }
    println!("{}", cs.collect::<String>());
}
