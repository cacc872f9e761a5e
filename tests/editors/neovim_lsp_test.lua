-- Neovim's own LSP client (nvim --headless, Debian's neovim 0.7) drives `journey lsp`: opens a
-- journey, types a mistake, waits for the diagnostic, and asks for completion, hover, definition,
-- rename and the quick fix, checking each answer. The client is started by the set-up the
-- README gives, editors/neovim/journey.lua. Run by tests/editors/check-neovim.sh.
local journey = os.getenv('JOURNEY')
local file = os.getenv('JOURNEY_FILE')
local plugin = os.getenv('JOURNEY_PLUGIN')
local failures = 0

local function check(ok, what, detail)
  if ok then
    io.stdout:write('ok: ' .. what .. '\n')
  else
    failures = failures + 1
    io.stdout:write('FAILED: ' .. what .. (detail and (': ' .. vim.inspect(detail)) or '') .. '\n')
  end
end

local function finish()
  io.stdout:write(failures == 0 and 'neovim: every check passed\n' or ('neovim: ' .. failures .. ' failed\n'))
  io.stdout:flush()
  vim.cmd(failures == 0 and 'qall!' or 'cquit! 1')
end

-- The first line holding `text`, 0-based, and the column of `text` in it.
local function find(buf, text)
  for n, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then return n - 1, col - 1 end
  end
  error('not in the buffer: ' .. text)
end

local function params(buf, line, character)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = character } }
end

local ok, err = pcall(function()
  vim.g.journey_command = journey
  dofile(plugin)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.g.journey_lsp_client
  check(id ~= nil and vim.lsp.buf_is_attached(buf, id), 'editors/neovim/journey.lua starts journey lsp for the file')
  local client = vim.lsp.get_client_by_id(id)
  check(vim.wait(10000, function() return client.initialized end, 20), 'initialize answered')

  -- Type a mistake: emotion -> emoton.
  local line, col = find(buf, 'emotion: 4')
  vim.api.nvim_buf_set_text(buf, line, col + 4, line, col + 5, { '' })
  local found
  check(vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == 'unknown-key' and d.lnum == line then found = d return true end
    end
    return false
  end, 20), 'the typo is reported as unknown-key on its line')
  check(found and found.message:find("did you mean 'emotion'", 1, true), 'with a did-you-mean', found)

  -- The quick fix puts it right (asked as vim.lsp.buf.code_action asks: the line's diagnostics).
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, line)
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = line, character = col }, ['end'] = { line = line, character = col } },
    context = { diagnostics = line_diagnostics },
  }, 5000, buf)
  local fix = actions and actions.result and actions.result[1]
  check(fix and fix.title == "Change to 'emotion'", 'the quick fix is offered first', actions)
  if fix then vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding) end
  check(vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1]:find('emotion: 4', 1, true), 'the quick fix applies')
  check(vim.wait(10000, function() return #vim.diagnostic.get(buf) == 0 end, 20), 'and the diagnostic goes away')

  -- Completion of touchpoint ids in next: [
  local nline, ncol = find(buf, 'next: [')
  local completion = client.request_sync('textDocument/completion', params(buf, nline, ncol + 7), 5000, buf)
  local labels = {}
  for _, item in ipairs((completion and completion.result and completion.result.items) or {}) do labels[item.label] = true end
  check(labels['search-ad'] and labels['checkout'], 'completion offers the touchpoint ids in next', completion)

  -- Hover on a persona reference shows the persona.
  local pline, pcol = find(buf, 'personas: [lotte')
  local hover = client.request_sync('textDocument/hover', params(buf, pline, pcol + 12), 5000, buf)
  local text = hover and hover.result and hover.result.contents.value or ''
  check(text:find('Lotte', 1, true), 'hover shows the persona', hover)

  -- Definition of the touchpoint named in next.
  local target = vim.api.nvim_buf_get_lines(buf, nline, nline + 1, false)[1]:match('next: %[([%w%-]+)')
  local definition = client.request_sync('textDocument/definition', params(buf, nline, ncol + 8), 5000, buf)
  local location = definition and definition.result and definition.result[1]
  local dline = location and vim.api.nvim_buf_get_lines(buf, location.range.start.line, location.range.start.line + 1, false)[1]
  check(dline and dline:find('id: ' .. target, 1, true), 'definition goes to the id of ' .. tostring(target), definition)

  -- Rename the persona everywhere.
  local rename = client.request_sync('textDocument/rename', vim.tbl_extend('force', params(buf, pline, pcol + 12), { newName = 'weekend-walker' }), 5000, buf)
  check(rename and rename.result, 'rename answers', rename)
  if rename and rename.result then vim.lsp.util.apply_workspace_edit(rename.result, client.offset_encoding) end
  local all = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  check(not all:find('lotte', 1, true) and all:find('id: weekend-walker', 1, true), 'rename changed every lotte')
  check(vim.wait(10000, function() return #vim.diagnostic.get(buf) == 0 end, 20), 'the renamed journey lints clean',
        vim.diagnostic.get(buf))
end)
check(ok, 'the script ran to its end', err)
finish()
