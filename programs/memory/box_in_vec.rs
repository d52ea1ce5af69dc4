// A Box inside a struct inside a Vec: three levels of ownership, each a heap block.
struct Shape {
    id: u8,
    size: Box<u64>,
}

fn main() {
    let mut shapes = Vec::new();
    shapes.push(Shape { id: 1, size: Box::new(100) });
    shapes.push(Shape { id: 2, size: Box::new(200) }); // @dump
    let mut total: u64 = 0;
    for s in &shapes {
        total += *s.size;
    }
    println!("{} shapes, total size {}, first id {}", shapes.len(), total, shapes[0].id);
}
